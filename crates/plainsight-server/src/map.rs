//! A network's movement drawn offline: its places (resolved through the gazetteer by the
//! engine) on a latitude/longitude graticule fitted to them, numbered and joined in the order
//! the network first appeared in each, sized by posts. Inline SVG, no tiles, no network.
//! Country outlines are not drawn (no outline data is embedded yet).

use crate::html::esc;
use serde::Serialize;

const W: f64 = 640.0;
const H: f64 = 360.0;

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

#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct MapView {
    pub places: Vec<MapPlace>,
    /// Places the gazetteer does not know (not drawn).
    pub unknown: Vec<String>,
    /// The drawing's bounds: west, south, east, north (degrees).
    pub bounds: [f64; 4],
}

fn round(v: f64) -> f64 {
    (v * 10.0).round() / 10.0
}

/// Fits the places into the drawing (equirectangular, longitude scaled by the cosine of the
/// mean latitude, at least 2 degrees across, a tenth of margin).
pub fn layout(places: Vec<(String, String, f64, f64, u64)>, unknown: Vec<String>) -> MapView {
    if places.is_empty() {
        return MapView {
            unknown,
            ..MapView::default()
        };
    }
    let (mut s, mut n, mut w, mut e) = (90.0f64, -90.0f64, 180.0f64, -180.0f64);
    for p in &places {
        s = s.min(p.2);
        n = n.max(p.2);
        w = w.min(p.3);
        e = e.max(p.3);
    }
    let k = ((s + n) / 2.0).to_radians().cos().max(0.2);
    // Degrees of latitude per drawing unit, the same both ways once longitude is scaled.
    let span_lat = (n - s).max(2.0);
    let span_lon = ((e - w) * k).max(2.0);
    let scale = (W / span_lon).min(H / span_lat) / 1.2;
    let (cx, cy) = ((w + e) / 2.0, (s + n) / 2.0);
    let x = |lon: f64| W / 2.0 + (lon - cx) * k * scale;
    let y = |lat: f64| H / 2.0 - (lat - cy) * scale;
    let bounds = [
        round(cx - W / 2.0 / (k * scale)),
        round(cy - H / 2.0 / scale),
        round(cx + W / 2.0 / (k * scale)),
        round(cy + H / 2.0 / scale),
    ];
    MapView {
        places: places
            .into_iter()
            .enumerate()
            .map(|(i, (name, country, lat, lon, posts))| MapPlace {
                x: round(x(lon)),
                y: round(y(lat)),
                name,
                country,
                lat,
                lon,
                posts,
                order: i + 1,
            })
            .collect(),
        unknown,
        bounds,
    }
}

/// The step of the graticule: a round number of degrees giving a few lines across `span`.
fn step(span: f64) -> f64 {
    [0.5, 1.0, 2.0, 5.0, 10.0, 20.0, 30.0, 45.0]
        .into_iter()
        .find(|s| span / s <= 8.0)
        .unwrap_or(90.0)
}

pub fn svg(m: &MapView) -> String {
    if m.places.is_empty() {
        return r#"<p class="muted">No place of this network is in the gazetteer.</p>"#.into();
    }
    let [w, s, e, n] = m.bounds;
    let mut out = format!(
        r##"<svg id="map" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {W} {H}" width="{W}" height="{H}" role="img" aria-label="map of the network's places"><rect width="{W}" height="{H}" fill="#eef3f8"/>"##
    );
    let lat_step = step(n - s);
    let mut lat = (s / lat_step).ceil() * lat_step;
    while lat <= n {
        let y = round(H * (n - lat) / (n - s));
        out.push_str(&format!(
            r##"<line x1="0" y1="{y}" x2="{W}" y2="{y}" stroke="#c9d3de" stroke-width="0.6"/><text x="3" y="{}" font-size="9" fill="#7a8796">{lat}°</text>"##,
            round(y - 2.0)
        ));
        lat += lat_step;
    }
    let lon_step = step(e - w);
    let mut lon = (w / lon_step).ceil() * lon_step;
    while lon <= e {
        let x = round(W * (lon - w) / (e - w));
        out.push_str(&format!(
            r##"<line x1="{x}" y1="0" x2="{x}" y2="{H}" stroke="#c9d3de" stroke-width="0.6"/><text x="{}" y="{}" font-size="9" fill="#7a8796">{lon}°</text>"##,
            round(x + 2.0),
            H - 3.0
        ));
        lon += lon_step;
    }
    let path: Vec<String> = m
        .places
        .iter()
        .map(|p| format!("{},{}", p.x, p.y))
        .collect();
    out.push_str(&format!(
        r##"<polyline points="{}" fill="none" stroke="#8e44ad" stroke-width="1.2" stroke-dasharray="4 3"/>"##,
        path.join(" ")
    ));
    for p in &m.places {
        let r = round(3.0 + (p.posts as f64).sqrt());
        out.push_str(&format!(
            r##"<circle cx="{}" cy="{}" r="{r}" fill="#c0392b" fill-opacity="0.75"><title>{} {}, {} ({} posts)</title></circle><text x="{}" y="{}" font-size="10" fill="#1d2330">{} {}</text>"##,
            p.x,
            p.y,
            p.order,
            esc(&p.name),
            esc(&p.country),
            p.posts,
            round(p.x + r + 2.0),
            round(p.y + 3.0),
            p.order,
            esc(&p.name)
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
}
