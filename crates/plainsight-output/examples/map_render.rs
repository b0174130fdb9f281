//! Render time of one map with country outlines (what the workspace's network page pays per
//! request): `cargo run --release -p plainsight-output --example map_render [ITERATIONS]`.
//! Three views: a network across 20 US cities, one along the Central Mediterranean route, and
//! one spanning the world (the most outline drawn). Prints per view the mean and the slowest
//! render and the size of the SVG. A measurement, not a test. With a second argument, a folder,
//! each view is also written there as an HTML page to look at.

use plainsight_output::map::{layout, svg};
use std::time::Instant;

fn main() {
    let n: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(2000);
    let us = [
        ("Los Angeles", 34.05, -118.24),
        ("New Orleans", 29.95, -90.07),
        ("Portland", 45.52, -122.68),
        ("Minneapolis", 44.98, -93.27),
        ("Pittsburgh", 40.44, -79.99),
        ("Phoenix", 33.45, -112.07),
        ("Boston", 42.36, -71.06),
        ("St. Louis", 38.63, -90.2),
        ("San Diego", 32.72, -117.16),
        ("Milwaukee", 43.04, -87.91),
        ("Brooklyn", 40.65, -73.95),
        ("Cleveland", 41.5, -81.69),
        ("Tucson", 32.22, -110.93),
        ("Denver", 39.74, -104.98),
        ("El Paso", 31.76, -106.49),
        ("Las Vegas", 36.17, -115.14),
        ("Dallas", 32.78, -96.8),
        ("Baltimore", 39.29, -76.61),
        ("Houston", 29.76, -95.36),
        ("Charlotte", 35.23, -80.84),
    ];
    let med = [
        ("Benin City", 6.34, 5.63),
        ("Kano", 12.0, 8.52),
        ("Agadez", 16.97, 7.99),
        ("Sabha", 27.04, 14.43),
        ("Tripoli", 32.89, 13.19),
        ("Catania", 37.5, 15.09),
    ];
    let world = [
        ("Houston", 29.76, -95.36),
        ("Lagos", 6.45, 3.39),
        ("Moscow", 55.75, 37.62),
        ("Sydney", -33.87, 151.21),
        ("São Paulo", -23.55, -46.63),
        ("Anadyr", 64.73, 177.5),
    ];
    let bering = [
        ("Anadyr", 64.73, 177.5),
        ("Provideniya", 64.42, -173.23),
        ("Nome", 64.5, -165.4),
    ];
    let pacific = [("Suva", -18.14, 178.44), ("Apia", -13.83, -171.77)];
    let dir = std::env::args().nth(2).map(std::path::PathBuf::from);
    for (name, places) in [
        ("20 US cities", &us[..]),
        ("Central Mediterranean", &med[..]),
        ("world", &world[..]),
        ("Bering Strait", &bering[..]),
        ("Fiji and Samoa", &pacific[..]),
    ] {
        let m = layout(
            places
                .iter()
                .map(|(p, lat, lon)| (p.to_string(), "XX".to_string(), *lat, *lon, 3))
                .collect(),
            vec![],
        );
        // First render parses the outlines (once per process).
        let t = Instant::now();
        let first = svg(&m);
        let parse = t.elapsed();
        if let Some(dir) = &dir {
            let file = dir.join(format!("{}.html", name.replace(' ', "-")));
            std::fs::write(
                &file,
                format!("<!doctype html><meta charset=\"utf-8\"><title>{name}</title>{first}"),
            )
            .expect("write the page");
        }
        let mut worst = 0f64;
        let t = Instant::now();
        let mut bytes = 0;
        for _ in 0..n {
            let s = Instant::now();
            bytes = std::hint::black_box(svg(&m)).len();
            worst = worst.max(s.elapsed().as_secs_f64());
        }
        let mean = t.elapsed().as_secs_f64() / n as f64;
        println!(
            "{name}: {} countries drawn, {:.1} KB SVG, mean {:.3} ms, slowest {:.3} ms over {n} renders (first render with the one-time parse: {:.1} ms)",
            first.matches("<path").count(),
            bytes as f64 / 1024.0,
            mean * 1e3,
            worst * 1e3,
            parse.as_secs_f64() * 1e3
        );
    }
}
