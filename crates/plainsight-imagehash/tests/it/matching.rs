//! What an analyst reads from `plainsight match`: snapshot of the records for a small scenario
//! with a labelled list, a second list with its own distance, a negative list and quarantine.

use plainsight_core::PdqHash;
use plainsight_imagehash::{read_list, ListConfig, MatchRecord, Matcher, Quarantine};

fn flip(h: PdqHash, bits: &[usize]) -> PdqHash {
    let mut w = h.0;
    for &b in bits {
        w[b / 64] ^= 1 << (b % 64);
    }
    PdqHash(w)
}

#[test]
fn match_records_snapshot() {
    let a = PdqHash::from_hex("f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b22")
        .expect("hex");
    let b = PdqHash::from_hex("30a10efd71cc3d429013d48d0ffffc52e34e0e17ada952a9d29685211ea9e5af")
        .expect("hex");
    let known = format!(
        "{a},bridge\n{},bridge-edited\nnot a hash\n",
        flip(a, &[1, 2, 3])
    );
    let other = format!("hash,label\n{b},\"rotated, re-encoded\"\n");
    let benign = format!("{}\n", flip(b, &[100]));
    let mut m = Matcher::new();
    let cfg = |d, negative| ListConfig {
        max_distance: d,
        negative,
    };
    let known = read_list("known", known.as_bytes()).expect("reads");
    assert_eq!(known.bad_line_count, 1);
    m.add_list(known, cfg(31, false)).expect("ok");
    m.add_list(
        read_list("other", other.as_bytes()).expect("reads"),
        cfg(8, false),
    )
    .expect("ok");
    m.add_list(
        read_list("benign", benign.as_bytes()).expect("reads"),
        cfg(2, true),
    )
    .expect("ok");
    let mut q = Quarantine::new(Some(2));
    let queries = [
        ("exact.jpg", a, Some(100u8)),
        ("near.jpg", flip(a, &[200, 201]), Some(91)),
        ("third.jpg", flip(a, &[7]), Some(88)),
        ("rotated#1", flip(b, &[9, 10]), None),
        ("benign#1", flip(b, &[100, 101]), None),
        ("unrelated#1", PdqHash([0, 0, 0, 0]), None),
    ];
    let lines: Vec<String> = queries
        .iter()
        .map(|(name, h, quality)| {
            let r = q.resolve(h, m.lookup(h));
            serde_json::to_string(&MatchRecord::new(name, *h, *quality, &r)).expect("json")
        })
        .collect();
    insta::assert_snapshot!(lines.join("\n"));
}
