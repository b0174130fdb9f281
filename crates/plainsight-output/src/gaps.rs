//! Where protection services are missing, as a map and a table: the view of `plainsight
//! services gaps` that the workspace's `/gaps` page, its `/api/v1/gaps` JSON and the
//! standalone `--html` file share. The engine builds the [`GapView`] from the gap rows
//! (`plainsight-referral`); this module only draws it.
//!
//! On the map, an area where networks operate (or a route's waypoint) is red when a shown
//! category has nothing within the threshold and green when every shown category has; areas
//! with services and no network activity are grey. Country areas colour their outline; admin
//! areas and waypoints are dots at the point distances are measured from; a route is its
//! waypoints joined in order of travel.

use crate::map::{self, Frame, H, W};
use crate::report::esc;
use serde::Serialize;

/// What an area of the table is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum GapStatus {
    /// Networks operate here (or a route passes) and a shown category has nothing within the
    /// threshold.
    Gap,
    /// Networks operate here and every shown category is within the threshold.
    Covered,
    /// Services are listed here but no network was seen.
    NoActivity,
}

impl GapStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            GapStatus::Gap => "gap",
            GapStatus::Covered => "covered",
            GapStatus::NoActivity => "no_activity",
        }
    }

    fn fill(self) -> &'static str {
        match self {
            GapStatus::Gap => "#e8a195",
            GapStatus::Covered => "#a9d8b4",
            GapStatus::NoActivity => "#d5dbe3",
        }
    }

    fn dot(self) -> &'static str {
        match self {
            GapStatus::Gap => "#c0392b",
            GapStatus::Covered => "#2e8b57",
            GapStatus::NoActivity => "#8a96a3",
        }
    }

    fn title(self) -> &'static str {
        match self {
            GapStatus::Gap => "gap",
            GapStatus::Covered => "covered",
            GapStatus::NoActivity => "no network activity",
        }
    }
}

/// One category in one area.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct GapCell {
    /// The category's code (`shelter`).
    pub category: String,
    /// Services of the category in the area (for a waypoint: within the threshold).
    pub services: usize,
    /// To the nearest service of the category, anywhere (km).
    pub nearest_km: Option<f64>,
    pub gap: bool,
}

/// One area (or waypoint) with its shown categories.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct GapArea {
    /// `country`, `admin1`, `admin2` or `waypoint`.
    pub level: String,
    /// ISO 3166-1 alpha-2.
    pub country: String,
    /// The area's name (for a country area, its code).
    pub area: String,
    /// Where distances are measured from (the busiest place of network activity, else the
    /// area's town, else the waypoint), when known.
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    pub measured_from: String,
    pub posts: u64,
    pub networks: u64,
    pub status: GapStatus,
    pub cells: Vec<GapCell>,
}

/// A category the view shows, with its label.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct GapCategory {
    pub code: String,
    pub label: String,
}

/// The gap map and table.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct GapView {
    /// `country`, `admin1`, `admin2`, or `waypoint` along a route.
    pub level: String,
    /// The route's id, when the view is along one.
    pub route: Option<String>,
    pub threshold_km: f64,
    /// The categories shown (every protection category, or the one filtered on).
    pub categories: Vec<GapCategory>,
    /// Gaps first, then covered areas, then areas without activity (a route keeps its order
    /// of travel).
    pub areas: Vec<GapArea>,
    /// The drawing's bounds: west, south, east, north (degrees, rounded); zeros without any
    /// point to draw.
    pub bounds: [f64; 4],
    #[serde(skip)]
    pub frame: Option<Frame>,
}

impl GapView {
    /// The view of these areas, ordered and fitted: the map spans every area's point and,
    /// for country areas, the country's mainland.
    pub fn new(
        level: String,
        route: Option<String>,
        threshold_km: f64,
        categories: Vec<GapCategory>,
        mut areas: Vec<GapArea>,
    ) -> GapView {
        if route.is_none() {
            areas.sort_by_key(|a| a.status);
        }
        let mut points: Vec<(f64, f64)> = Vec::new();
        for a in &areas {
            if let (Some(lat), Some(lon)) = (a.lat, a.lon) {
                points.push((lat, lon));
            }
            if a.level == "country" && a.status != GapStatus::NoActivity {
                if let Some(o) = plainsight_geo::outline(&a.country) {
                    let [w, s, e, n] = o.main_bbox;
                    points.extend([(s, w), (n, e)]);
                }
            }
        }
        let frame = Frame::fit(points);
        GapView {
            level,
            route,
            threshold_km,
            categories,
            areas,
            bounds: frame.map(|f| f.bounds()).unwrap_or_default(),
            frame,
        }
    }

    /// Areas flagged with a gap.
    pub fn gaps(&self) -> usize {
        self.areas
            .iter()
            .filter(|a| a.status == GapStatus::Gap)
            .count()
    }
}

fn num(v: f64) -> String {
    format!("{}", (v * 10.0).round() / 10.0)
}

/// The map: outlines (country areas filled by status), the route's line, dots for admin areas
/// and waypoints, and a legend.
pub fn svg(v: &GapView) -> String {
    let Some(f) = v.frame else {
        return r#"<p class="muted">No area of this table has a place on the map.</p>"#.into();
    };
    let mut out = String::with_capacity(64 * 1024);
    let by_country = v.level == "country";
    let fill = |iso: &str| -> Option<&'static str> {
        if !by_country {
            return None;
        }
        v.areas
            .iter()
            .find(|a| a.country == iso)
            .map(|a| a.status.fill())
    };
    map::open(&mut out, "gapmap", "map of service gaps", &f, &fill);
    if v.route.is_some() {
        let pts: Vec<String> = v
            .areas
            .iter()
            .filter_map(|a| Some(format!("{},{}", num(f.x(a.lon?)), num(f.y(a.lat?)))))
            .collect();
        out.push_str(&format!(
            r##"<polyline id="route" points="{}" fill="none" stroke="#5b3f8c" stroke-width="1.6" stroke-dasharray="5 3"/>"##,
            pts.join(" ")
        ));
    }
    let mut labels = map::Labels::default();
    let radius = |a: &GapArea| if a.posts > 0 { 4.5 } else { 3.5 };
    // The legend's corner is taken too.
    labels.dot(W - 78.0, H - 32.0, 78.0);
    for a in &v.areas {
        if let (Some(lat), Some(lon)) = (a.lat, a.lon) {
            labels.dot(f.x(lon), f.y(lat), radius(a));
        }
    }
    for a in &v.areas {
        let (Some(lat), Some(lon)) = (a.lat, a.lon) else {
            continue;
        };
        let (x, y) = (f.x(lon), f.y(lat));
        let missing: Vec<&str> = a
            .cells
            .iter()
            .filter(|c| c.gap)
            .map(|c| c.category.as_str())
            .collect();
        let name = if by_country {
            plainsight_geo::outline(&a.country)
                .map(|o| o.name.to_string())
                .unwrap_or_else(|| a.area.clone())
        } else {
            a.area.clone()
        };
        let tip = format!(
            "{} ({}): {}{}",
            name,
            a.country,
            a.status.title(),
            if missing.is_empty() {
                String::new()
            } else {
                format!(
                    ", nothing within {} km: {}",
                    num(v.threshold_km),
                    missing.join(", ")
                )
            }
        );
        out.push_str(&format!(
            r##"<circle class="area {}" cx="{}" cy="{}" r="{}" fill="{}" stroke="#fff" stroke-width="0.8"><title>{}</title></circle>"##,
            a.status.as_str(),
            num(x),
            num(y),
            radius(a),
            a.status.dot(),
            esc(&tip)
        ));
        if a.status != GapStatus::NoActivity || v.route.is_some() {
            if let Some((tx, ty)) = labels.place(x, y, radius(a), &name) {
                out.push_str(&format!(
                    r##"<text x="{tx}" y="{ty}" font-size="10" fill="#1d2330">{}</text>"##,
                    esc(&name)
                ));
            }
        }
    }
    // Legend, bottom right.
    let (lx, ly) = (W - 150.0, H - 58.0);
    out.push_str(&format!(
        r##"<g class="legend"><rect x="{lx}" y="{ly}" width="144" height="52" fill="#ffffff" fill-opacity="0.85" stroke="#c9d3de"/>"##
    ));
    for (i, s) in [GapStatus::Gap, GapStatus::Covered, GapStatus::NoActivity]
        .into_iter()
        .enumerate()
    {
        let y = ly + 12.0 + 15.0 * i as f64;
        out.push_str(&format!(
            r##"<circle cx="{}" cy="{y}" r="4" fill="{}"/><text x="{}" y="{}" font-size="10" fill="#1d2330">{}</text>"##,
            lx + 10.0,
            s.dot(),
            lx + 20.0,
            y + 3.5,
            s.title()
        ));
    }
    out.push_str("</g></svg>");
    out
}

/// The table: one row per area, one column per shown category (services there / nearest km),
/// gaps marked.
pub fn table(v: &GapView) -> String {
    let mut out = String::from(
        r#"<table id="gaps" class="gaps"><tr><th>Area</th><th>Country</th><th>Status</th><th>Posts</th><th>Networks</th>"#,
    );
    for c in &v.categories {
        out.push_str(&format!(
            r#"<th title="{}">{}</th>"#,
            esc(&c.code),
            esc(&c.label)
        ));
    }
    out.push_str("</tr>");
    if v.areas.is_empty() {
        out.push_str(&format!(
            r#"<tr><td colspan="{}" class="muted">No area: import a services directory and ingest posts first.</td></tr>"#,
            5 + v.categories.len()
        ));
    }
    for a in &v.areas {
        out.push_str(&format!(
            r#"<tr class="{}"><td>{}<br><span class="muted">from {}</span></td><td>{}</td><td>{}</td><td>{}</td><td>{}</td>"#,
            a.status.as_str(),
            esc(&a.area),
            esc(&a.measured_from),
            esc(&a.country),
            a.status.title(),
            a.posts,
            a.networks
        ));
        for c in &a.cells {
            let near = c
                .nearest_km
                .map(|d| format!("{} km", num(d)))
                .unwrap_or_else(|| "none".into());
            out.push_str(&format!(
                r#"<td class="{}">{} · {}</td>"#,
                if c.gap { "gap" } else { "ok" },
                c.services,
                near
            ));
        }
        out.push_str("</tr>");
    }
    out.push_str("</table>");
    out
}

/// One line saying what the view is.
pub fn caption(v: &GapView) -> String {
    format!(
        "{} {} with a gap (a category with nothing within {} km where networks operate{}); cells: services {} · nearest.",
        v.gaps(),
        if v.route.is_some() {
            "waypoint(s)"
        } else {
            "area(s)"
        },
        num(v.threshold_km),
        if v.route.is_some() {
            " or the route passes"
        } else {
            ""
        },
        if v.route.is_some() {
            "within the threshold"
        } else {
            "in the area"
        },
    )
}

const STYLE: &str = "body{font:14px/1.45 system-ui,sans-serif;margin:0;color:#1d232a;background:#f6f7f9}\
header{background:#1d2a3a;color:#fff;padding:16px 24px}header h1{margin:0;font-size:20px}\
main{padding:16px 24px}table{border-collapse:collapse;background:#fff}\
td,th{border:1px solid #e3e7ec;padding:3px 6px;text-align:left;vertical-align:top;font-size:13px}\
td{white-space:nowrap}th{background:#f0f2f5;font-weight:600;font-size:12px}.scroll{overflow-x:auto}.muted{color:#6b7580}td.gap{background:#f8d4ce}\
td.ok{color:#44505c}tr.gap td:first-child{border-left:4px solid #c0392b}\
tr.covered td:first-child{border-left:4px solid #2e8b57}svg{display:block;width:100%;max-width:1100px;\
height:auto;background:#fff;border:1px solid #d8dde3;margin:8px 0 16px}";

/// A self-contained page (no script, no network): the map and the table. `title` names the
/// source (the case file).
pub fn standalone(v: &GapView, title: &str) -> String {
    let what = match &v.route {
        Some(r) => format!("along the route {r}"),
        None => format!("by {}", v.level),
    };
    format!(
        r#"<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Service gaps · plainsight</title><style>{STYLE}</style></head>
<body><header><h1>Protection service gaps {}</h1><div>{}</div></header>
<main><p>{}</p>{}<div class="scroll">{}</div>
<p class="muted">Country outlines: Natural Earth 1:110m (public domain). Places: GeoNames (CC-BY-4.0).</p></main></body></html>
"#,
        esc(&what),
        esc(title),
        esc(&caption(v)),
        svg(v),
        table(v),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cell(c: &str, gap: bool) -> GapCell {
        GapCell {
            category: c.into(),
            services: usize::from(!gap),
            nearest_km: Some(if gap { 420.0 } else { 3.2 }),
            gap,
        }
    }

    fn area(country: &str, name: &str, at: (f64, f64), posts: u64, status: GapStatus) -> GapArea {
        GapArea {
            level: "admin1".into(),
            country: country.into(),
            area: name.into(),
            lat: Some(at.0),
            lon: Some(at.1),
            measured_from: format!("{name} ({country})"),
            posts,
            networks: u64::from(posts > 0),
            status,
            cells: vec![
                cell("shelter", status == GapStatus::Gap),
                cell("medical", false),
            ],
        }
    }

    fn cats() -> Vec<GapCategory> {
        ["shelter", "medical"]
            .iter()
            .map(|c| GapCategory {
                code: c.to_string(),
                label: c.to_string(),
            })
            .collect()
    }

    #[test]
    fn areas_are_ordered_gaps_first_and_the_map_fits_them() {
        let v = GapView::new(
            "admin1".into(),
            None,
            100.0,
            cats(),
            vec![
                area("NG", "Lagos", (6.45, 3.39), 0, GapStatus::NoActivity),
                area("NE", "Agadez", (16.97, 7.99), 4, GapStatus::Gap),
                area("LY", "Tripoli", (32.89, 13.19), 2, GapStatus::Covered),
            ],
        );
        let order: Vec<&str> = v.areas.iter().map(|a| a.area.as_str()).collect();
        assert_eq!(order, ["Agadez", "Tripoli", "Lagos"]);
        assert_eq!(v.gaps(), 1);
        let f = v.frame.unwrap();
        for a in &v.areas {
            let (x, y) = (f.x(a.lon.unwrap()), f.y(a.lat.unwrap()));
            assert!(
                (0.0..=W).contains(&x) && (0.0..=H).contains(&y),
                "{}",
                a.area
            );
        }
        let svg = svg(&v);
        assert!(svg.contains("<title>Niger</title>") && svg.contains("<title>Libya</title>"));
        assert!(
            svg.contains(r#"class="area gap""#) && svg.contains("nothing within 100 km: shelter")
        );
        assert!(!svg.contains(" style=") && !svg.contains("<script"));
        let t = table(&v);
        assert!(t.contains(r#"<td class="gap">0 · 420 km</td>"#), "{t}");
        assert_eq!(t.matches("<tr class=").count(), 3);
    }

    #[test]
    fn country_areas_colour_their_outline() {
        let mut a = area("NE", "NE", (16.97, 7.99), 4, GapStatus::Gap);
        a.level = "country".into();
        let v = GapView::new("country".into(), None, 100.0, cats(), vec![a]);
        let svg = svg(&v);
        let niger = svg
            .split("<path")
            .find(|p| p.contains("<title>Niger</title>"))
            .unwrap();
        assert!(niger.contains(GapStatus::Gap.fill()), "{niger}");
        let chad = svg
            .split("<path")
            .find(|p| p.contains("<title>Chad</title>"))
            .unwrap();
        assert!(chad.contains(map::LAND));
        // The map spans Niger's mainland, not only the point.
        let f = v.frame.unwrap();
        assert!(f.west < 0.2 && f.east > 16.0, "{f:?}");
    }

    #[test]
    fn a_route_is_its_waypoints_in_order() {
        let mut w = vec![
            area("NE", "Agadez", (16.97, 7.99), 0, GapStatus::Gap),
            area("LY", "Sabha", (27.04, 14.43), 0, GapStatus::Covered),
            area("LY", "Tripoli", (32.89, 13.19), 0, GapStatus::Gap),
        ];
        for a in &mut w {
            a.level = "waypoint".into();
        }
        let v = GapView::new(
            "waypoint".into(),
            Some("central-mediterranean".into()),
            100.0,
            cats(),
            w,
        );
        // Order of travel is kept.
        assert_eq!(v.areas[1].area, "Sabha");
        let svg = svg(&v);
        let route = &svg[svg.find(r#"<polyline id="route""#).unwrap()..];
        assert_eq!(route[..route.find("/>").unwrap()].matches(',').count(), 3);
        let html = standalone(&v, "case.db");
        assert!(html.starts_with("<!doctype html>") && html.contains("central-mediterranean"));
        assert!(
            !html.contains("http://") || html.matches("http://").count() == 1,
            "only the SVG namespace"
        );
        assert!(!html.contains("<script") && !html.contains("https://"));
    }

    #[test]
    fn an_empty_view_says_so() {
        let v = GapView::new("country".into(), None, 100.0, cats(), vec![]);
        assert!(v.frame.is_none());
        assert!(svg(&v).contains("No area"));
        assert!(table(&v).contains("No area"));
    }
}
