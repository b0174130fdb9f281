//! Throughput of `Extractor::extract` on synthetic posts (MB/s of title + body text).
//!
//! The posts mix ordinary ad text with every kind of selector, plain and obfuscated; they are
//! generated from a fixed seed so runs compare.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use plainsight_core::Post;
use plainsight_extract::{ExtractConfig, Extractor};
use std::hint::black_box;

const FILLER: &[&str] = &[
    "New in town, sweet and discreet, available now for incall and outcall.",
    "Pretty young lady, 100% real pics, no games, no drama.",
    "Rates: $200/hr, $150 hh, specials tonight only.",
    "Upscale companion visiting this weekend, book early.",
    "<p>Call or text, <b>no blocked numbers</b> &amp; no police.</p>",
    "Let's meet at noon dot. I am at home, see you soon.",
];

const CONTACTS: &[&str] = &[
    "snap: lily_xo{n}",
    "IG @lily.rose{n}",
    "lily{n} at gmail dot com",
    "rose{n}@yahoo.com",
    "mysite{n}.com/gallery",
    "https://www.onlyfans.com/lily{n}",
    "t.me/lily{n}",
    "cashapp $Lily{n}",
    "venmo @lily-rose-{n}",
    "zelle: pay{n}@outlook.com",
    "call 713-555-0{n}",
    "BTC 1BgGZ9tcN4rm9KBzDn7KprQz87SZ26SAMH",
    "\u{1F47B} lily_snap{n}",
    "ＬＩＬＹ{n}＠ｇｍａｉｌ．ｃｏｍ",
];

/// A small deterministic generator (SplitMix64) so the corpus does not depend on a crate.
struct SplitMix(u64);
impl SplitMix {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn pick<'a>(&mut self, v: &[&'a str]) -> &'a str {
        v[(self.next() % v.len() as u64) as usize]
    }
}

pub fn posts(n: usize) -> Vec<Post> {
    let mut rng = SplitMix(42);
    (0..n)
        .map(|i| {
            let mut body = String::new();
            for _ in 0..6 {
                body.push_str(rng.pick(FILLER));
                body.push(' ');
                if rng.next() & 1 == 0 {
                    let c = rng
                        .pick(CONTACTS)
                        .replace("{n}", &format!("{}", 100 + i % 900));
                    body.push_str(&c);
                    body.push(' ');
                }
            }
            Post {
                id: format!("P{i}"),
                title: Some(format!(
                    "{} {}",
                    rng.pick(FILLER),
                    rng.pick(CONTACTS).replace("{n}", "7")
                )),
                body: Some(body),
                region: Some("US".into()),
                ..Post::default()
            }
        })
        .collect()
}

fn bench(c: &mut Criterion) {
    let posts = posts(1000);
    let bytes: usize = posts
        .iter()
        .map(|p| p.title.as_ref().map_or(0, String::len) + p.body.as_ref().map_or(0, String::len))
        .sum();
    let x = Extractor::new(ExtractConfig::default());
    let mut g = c.benchmark_group("extract");
    g.throughput(Throughput::Bytes(bytes as u64));
    g.bench_function("synthetic_1000_posts", |b| {
        b.iter(|| {
            let mut n = 0;
            for p in &posts {
                n += x.extract(black_box(p)).len();
            }
            n
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
