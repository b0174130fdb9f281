//! The ingest pipeline against a real store file: re-ingesting adds nothing, new content is a
//! new version, batches linked one after another give the partition of linking everything at
//! once, merges are recorded, search finds a disguised number.

use plainsight_engine::ingest::{run as ingest, IngestOptions};
use plainsight_engine::link::{run as link, LinkOptions};
use plainsight_engine::search::{run as search, SearchBy, SearchOptions};
use plainsight_engine::Parallelism;
use plainsight_ingest::PostReader;
use plainsight_store::{EventKind, Store};
use plainsight_synth::{Generator, SynthConfig};
use std::collections::{BTreeMap, BTreeSet};

fn corpus(seed: u64, posts: usize) -> Vec<String> {
    Generator::new(SynthConfig {
        seed,
        posts,
        ..SynthConfig::default()
    })
    .iter()
    .map(|(p, _)| serde_json::to_string(&p).unwrap())
    .collect()
}

fn options() -> IngestOptions {
    IngestOptions {
        parallelism: Parallelism {
            threads: 2,
            batch_posts: 64,
            ..Parallelism::default()
        },
        chunk_posts: 50,
        ..IngestOptions::default()
    }
}

fn ingest_lines(store: &mut Store, lines: &[String]) -> plainsight_engine::ingest::IngestSummary {
    ingest_with(store, lines, &options())
}

fn ingest_with(
    store: &mut Store,
    lines: &[String],
    options: &IngestOptions,
) -> plainsight_engine::ingest::IngestSummary {
    let text = lines.join("\n") + "\n";
    let reader =
        PostReader::from_reader("in.jsonl", std::io::Cursor::new(text), Default::default());
    ingest(reader, store, options, &mut |_| {}, &mut |_| {}).unwrap()
}

/// `count` words of letters only that no other `i` gives (`prefix` and four letters encoding
/// `i * 100 + j`): text that is nobody else's.
fn own_words(i: usize, count: usize, prefix: &str) -> String {
    (0..count)
        .map(|j| {
            let mut n = i * 100 + j;
            let mut w = String::from(prefix);
            for _ in 0..4 {
                w.push((b'a' + (n % 26) as u8) as char);
                n /= 26;
            }
            w
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Each post's network when `lines` are linked all at once with `link` (no store).
fn link_from_scratch(lines: &[String]) -> BTreeMap<String, String> {
    let text = lines.join("\n") + "\n";
    let reader =
        PostReader::from_reader("in.jsonl", std::io::Cursor::new(text), Default::default());
    let outcome = link(reader, &LinkOptions::default(), &mut |_| {}).unwrap();
    outcome
        .linking
        .assignments()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect()
}

/// Partition as sets of post ids (network names aside).
fn partition(pairs: impl Iterator<Item = (String, String)>) -> BTreeSet<BTreeSet<String>> {
    let mut by: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (post, net) in pairs {
        by.entry(net).or_default().insert(post);
    }
    by.into_values().collect()
}

#[test]
fn reingest_adds_nothing_and_batches_link_as_one_run() {
    let lines = corpus(7, 600);
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(&dir.path().join("case.db")).unwrap();
    let first = ingest_lines(&mut store, &lines[..350]);
    assert_eq!(first.counts.added, 350);
    assert_eq!(first.counts.read, 350);
    let second = ingest_lines(&mut store, &lines[300..]);
    assert_eq!(second.counts.added, 250);
    assert_eq!(second.counts.unchanged, 50);
    assert!(second.relinked);
    let again = ingest_lines(&mut store, &lines);
    assert_eq!(again.counts.unchanged, 600);
    assert_eq!(again.counts.added + again.counts.updated, 0);
    assert!(!again.relinked, "nothing new: no relinking");
    assert_eq!(again.counts.networks, second.counts.networks);
    assert_eq!(store.current_posts().unwrap(), 600);
    assert_eq!(store.integrity_check().unwrap(), "ok");

    // The partition is exactly that of linking all posts at once with `link`.
    let scratch = partition(link_from_scratch(&lines).into_iter());
    let stored = partition(store.memberships().unwrap().into_iter());
    assert_eq!(stored, scratch);
    assert_eq!(second.counts.networks as usize, scratch.len());
}

#[test]
fn new_content_is_a_new_version_and_a_bridge_is_a_merge() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(&dir.path().join("case.db")).unwrap();
    let a = r#"{"id":"a","body":"new in town call 713-555-0143 kisses","region":"US"}"#;
    let b = r#"{"id":"b","body":"sweet treats, email bella.rose77@gmail.com","region":"US"}"#;
    let first = ingest_lines(&mut store, &[a.into(), b.into()]);
    assert_eq!(first.counts.networks, 2);
    let nets = store.memberships().unwrap();
    assert_ne!(nets["a"], nets["b"]);
    // A post naming both contacts bridges the two networks: one merge, ids carried.
    let c = r#"{"id":"c","body":"713 555 0143 or bella.rose77@gmail.com","region":"US"}"#;
    let second = ingest_lines(&mut store, &[c.into()]);
    assert_eq!(second.counts.added, 1);
    assert_eq!(second.counts.merged, 1);
    assert_eq!(second.counts.networks, 1);
    let after = store.memberships().unwrap();
    assert_eq!(after["a"], after["c"]);
    assert!(after["a"] == nets["a"] || after["a"] == nets["b"]);
    let events = store.events().unwrap();
    assert_eq!(events.len(), 1);
    assert_eq!(events[0].1.kind, EventKind::Merge);
    assert!(events[0].1.evidence.contains("shared_"));
    // New content for "c": a new version; the old one kept; the bridge is gone, a split.
    let c2 = r#"{"id":"c","body":"call 713 555 0143 only","region":"US"}"#;
    let third = ingest_lines(&mut store, &[c2.into()]);
    assert_eq!(third.counts.updated, 1);
    assert_eq!(third.counts.split, 1);
    assert_eq!(store.post_versions().unwrap(), 4);
    assert_eq!(store.current_posts().unwrap(), 3);

    // Any disguise of the number finds both posts holding it, masked by default.
    let mut out = Vec::new();
    let opts = SearchOptions {
        region: Some("US".parse().unwrap()),
        limit: 10,
        ..SearchOptions::default()
    };
    let n = search(
        &store,
        &SearchBy::Selector("seven one three, 555 0one43".into()),
        &opts,
        &mut out,
    )
    .unwrap();
    assert_eq!(n, 2);
    let text = String::from_utf8(out).unwrap();
    assert!(!text.contains("+17135550143"), "masked unless revealed");
    let first: serde_json::Value = serde_json::from_str(text.lines().next().unwrap()).unwrap();
    let keys: Vec<&String> = first.as_object().unwrap().keys().collect();
    assert_eq!(keys, ["id", "network", "risk", "posted_at", "title", "why"]);
    assert_eq!(first["why"][0]["match"], "selector");
    // Without a region the NANP reading is still found (every region it is valid in).
    let mut out = Vec::new();
    let opts = SearchOptions {
        limit: 10,
        reveal: true,
        ..SearchOptions::default()
    };
    search(
        &store,
        &SearchBy::Selector("(713) 555-0143".into()),
        &opts,
        &mut out,
    )
    .unwrap();
    let text = String::from_utf8(out).unwrap();
    assert_eq!(text.lines().count(), 2, "{text}");
    assert!(text.contains("+17135550143"));
}

/// Small batches on a larger store are linked with their neighbourhood only (the linker's
/// keys and statistics kept in the store), and the partition is still that of linking every
/// post at once.
#[test]
fn small_batches_link_their_neighbourhood_as_one_run() {
    let lines = corpus(11, 1_200);
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(&dir.path().join("case.db")).unwrap();
    let first = ingest_lines(&mut store, &lines[..1_000]);
    assert!(first.full_relink, "nothing kept yet: everything is linked");
    let mut partial = 0;
    // A small synthetic corpus is dense (its neighbourhoods are most of it): any region short
    // of the whole store is linked as a region here.
    let opts = IngestOptions {
        max_region_fraction: 0.99,
        ..options()
    };
    for chunk in lines[1_000..].chunks(50) {
        let s = ingest_with(&mut store, chunk, &opts);
        assert_eq!(s.counts.added, 50);
        if !s.full_relink {
            partial += 1;
            assert!(s.relinked_posts < store.current_posts().unwrap());
        }
    }
    assert!(partial >= 3, "batches were linked with their neighbourhood");
    let scratch = partition(link_from_scratch(&lines).into_iter());
    let stored = partition(store.memberships().unwrap().into_iter());
    let differ: Vec<_> = stored.symmetric_difference(&scratch).collect();
    assert_eq!(
        stored,
        scratch,
        "{} networks differ: {differ:?}",
        differ.len()
    );
    assert_eq!(store.integrity_check().unwrap(), "ok");
}

/// `first` ingested into a new store, then `second` as a batch that must be linked with its
/// neighbourhood (`max_region_fraction` as given): the memberships, and how many posts the
/// batch linked.
fn second_as_region(
    first: &[String],
    second: &[String],
    max_region_fraction: f64,
) -> (std::collections::HashMap<String, String>, u64) {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(&dir.path().join("case.db")).unwrap();
    let opts = IngestOptions {
        max_region_fraction,
        ..options()
    };
    ingest_with(&mut store, first, &opts);
    let s = ingest_with(&mut store, second, &opts);
    assert!(!s.full_relink, "linked as a region");
    (store.memberships().unwrap(), s.relinked_posts)
}

/// A new post whose only tie to the store is its poster's account on the same site (no
/// contact, its own words) is linked with the stored posts of that account, as linking
/// everything at once links it: the store indexes each post's account, and the neighbourhood
/// of a batch follows it. The same id on another site is another account and brings nothing.
#[test]
fn a_new_post_brings_in_the_stored_posts_of_its_account() {
    let post = |id: &str, site: &str, author: &str, body: String| {
        serde_json::json!({"id": id, "body": body, "region": "US", "site": site, "author": author})
            .to_string()
    };
    // Forty posters with their own number, their own words and their own account; the first
    // has posted twice.
    let mut first: Vec<String> = (1..=40)
        .map(|i| {
            post(
                &format!("a{i}"),
                "listhub.example",
                &format!("u{i}"),
                format!("{} call 713-555-01{i:02}", own_words(i, 30, "zq")),
            )
        })
        .collect();
    first.push(post(
        "a1-again",
        "listhub.example",
        "u1",
        format!("{} call 713-555-0101", own_words(1, 30, "zq")),
    ));
    let second = vec![
        post("n1", "listhub.example", "u1", own_words(101, 30, "zq")),
        post("n2", "otherads.example", "u2", own_words(102, 30, "zq")),
    ];
    let all: Vec<String> = first.iter().chain(&second).cloned().collect();
    let scratch = link_from_scratch(&all);
    assert_eq!(scratch["n1"], scratch["a1"], "one account on one site");
    assert_ne!(scratch["n2"], scratch["a2"], "one id on two sites");

    let (m, relinked) = second_as_region(&first, &second, 0.5);
    assert!(
        relinked < 10,
        "the account's posts, not the store: {relinked}"
    );
    assert_eq!(m["n1"], m["a1"]);
    assert_eq!(m["n1"], m["a1-again"]);
    assert_ne!(m["n2"], m["a2"]);
    assert_eq!(
        partition(m.into_iter()),
        partition(scratch.into_iter()),
        "the partition of linking everything at once"
    );
}

/// A documented difference (docs/store.md, "When linking a region differs"): groups that
/// merge are not taken back from the stored statistics. Nine posters and a post with no
/// contact use one phrase (ten groups: not stock, at most `stock_df_min` = 10). A second
/// batch adds another contact-less post with the phrase, and a post naming two of the
/// posters' phones, so they are one group: linked from scratch the phrase is in ten groups,
/// not stock, and the two contact-less posts are near-duplicates that join; the region
/// linking counts eleven (the merged groups still twice), the phrase is stock, and they stay
/// apart. `--full-relink` gives the partition of linking from scratch.
#[test]
fn merged_groups_stay_counted_until_a_full_relink() {
    let phrase = "velvet orchid lantern quietly drifts over amber harbor meadows beneath silver \
                  cobalt skies";
    // Words of one post only, so the posters' texts are not near-duplicates of anything.
    let filler = |i: usize| own_words(i, 40, "zq");
    let post = |id: &str, body: String| {
        serde_json::json!({"id": id, "body": body, "region": "US"}).to_string()
    };
    let mut first: Vec<String> = (1..=9)
        .map(|i| {
            post(
                &format!("a{i}"),
                format!("{phrase} {} call 713-555-01{i:02}", filler(i)),
            )
        })
        .collect();
    first.push(post("x", phrase.to_string()));
    let second = vec![
        post("y", phrase.to_string()),
        post("b", "713-555-0101 or 713-555-0102 tonight".to_string()),
    ];
    let all: Vec<String> = first.iter().chain(&second).cloned().collect();
    let dir = tempfile::tempdir().unwrap();
    let opts = IngestOptions {
        max_region_fraction: 0.99,
        ..options()
    };
    let mut store = Store::open(&dir.path().join("case.db")).unwrap();
    ingest_with(&mut store, &first, &opts);
    let s = ingest_with(&mut store, &second, &opts);
    assert!(!s.full_relink, "linked as a region");
    let m = store.memberships().unwrap();
    assert_eq!(m["a1"], m["b"]);
    assert_eq!(m["a2"], m["b"]);
    assert_ne!(m["x"], m["y"], "the phrase counted as stock in the region");

    // Linked from scratch, x and y are near-duplicates of wording no identity uses.
    let scratch = link_from_scratch(&all);
    assert_eq!(scratch["x"], scratch["y"]);
    assert_eq!(scratch["a1"], scratch["b"]);

    // A full relink agrees with linking from scratch again.
    let mut full = Store::open(&dir.path().join("full.db")).unwrap();
    ingest_with(&mut full, &first, &opts);
    let f = ingest_with(
        &mut full,
        &second,
        &IngestOptions {
            full_relink: true,
            ..opts.clone()
        },
    );
    assert!(f.full_relink);
    assert_eq!(
        partition(full.memberships().unwrap().into_iter()),
        partition(scratch.into_iter())
    );
}

/// A photo hash of its own for `name` (64 hex digits; two names' hashes differ in about
/// half their bits, far past the linker's photo distance).
fn photo(name: &str) -> String {
    use std::hash::{Hash, Hasher};
    (0..4)
        .map(|i| {
            let mut h = std::collections::hash_map::DefaultHasher::new();
            (name, i).hash(&mut h);
            format!("{:016x}", h.finish())
        })
        .collect()
}

/// A poster's photo family (posters chained to it by photos) decides whether two photos in
/// common join two posters: in a large family (an agency's pictures shown by several other
/// posters) a thief showing two of them is no proof. A batch linked with its neighbourhood
/// holds only the part of the family its new posts meet; the store keeps which posts were in
/// a large family, so the thief stays apart as linking everything keeps it (this merged them
/// before version 10).
#[test]
fn a_large_photo_family_stays_large_in_a_neighbourhood() {
    let post = |id: &str, phone: &str, city: &str, photos: &[&str], words: usize| {
        serde_json::json!({
            "id": id,
            "body": format!("{} call {phone}", own_words(words, 30, "qx")),
            "region": "US",
            "location": city,
            "image_hashes": photos.iter().map(|p| photo(p)).collect::<Vec<_>>(),
        })
        .to_string()
    };
    let v = "713-555-0100";
    let mut first = vec![
        // The agency: its own number, two pictures a thief copies, four more.
        post("v1", v, "Houston, TX", &["x1", "x2"], 1),
        post("v2", v, "Houston, TX", &["y1", "y2"], 2),
        post("v3", v, "Houston, TX", &["y3", "y4"], 3),
        // The thief: its own number, the two pictures, another city.
        post("t1", "713-555-0200", "Dallas, TX", &["x1", "x2"], 4),
        post("t2", "713-555-0200", "Dallas, TX", &["x1"], 5),
    ];
    // Four posters each showing one of the agency's other pictures, each in a city of its
    // own: the family is six posters.
    let cities = ["Austin, TX", "El Paso, TX", "Tyler, TX", "Waco, TX"];
    for (i, city) in cities.iter().enumerate() {
        let y = format!("y{}", i + 1);
        first.push(post(
            &format!("o{i}"),
            &format!("713-555-03{i:02}"),
            city,
            &[&y],
            10 + i,
        ));
    }
    // Posters with nothing in common with anyone.
    for i in 0..30 {
        first.push(post(
            &format!("f{i}"),
            &format!("713-555-04{i:02}"),
            "Plano, TX",
            &[],
            50 + i,
        ));
    }
    // The agency posts again with a copied picture.
    let second = vec![post("v4", v, "Houston, TX", &["x1"], 90)];
    let all: Vec<String> = first.iter().chain(&second).cloned().collect();
    let scratch = link_from_scratch(&all);
    assert_eq!(scratch["v1"], scratch["v4"]);
    assert_ne!(
        scratch["t1"], scratch["v1"],
        "two pictures of a large family"
    );

    let (m, relinked) = second_as_region(&first, &second, 0.99);
    assert!(
        relinked <= 6,
        "the agency's and the thief's posts: {relinked}"
    );
    assert_eq!(m["v4"], m["v1"]);
    assert_ne!(
        m["t1"], m["v1"],
        "the family is large though the region holds two of it"
    );
    assert_eq!(
        partition(m.into_iter()),
        partition(scratch.into_iter()),
        "the partition of linking everything at once"
    );
}

/// Pictures passed from poster to poster chain a photo family of more posters than any one
/// operation's numbers: there a picture and a city in common are no sign of one author. A
/// batch whose new poster shows the last picture of such a chain meets its last poster only;
/// the store keeps which posts' poster was in a crowded family, so the new poster stays apart
/// as linking everything keeps it.
#[test]
fn a_crowded_photo_family_stays_crowded_in_a_neighbourhood() {
    let post = |id: &str, phone: &str, photos: &[String], words: usize| {
        serde_json::json!({
            "id": id,
            "body": format!("{} call {phone}", own_words(words, 30, "qc")),
            "region": "US",
            "location": "Houston, TX",
            "image_hashes": photos.iter().map(|p| photo(p)).collect::<Vec<_>>(),
        })
        .to_string()
    };
    // Thirty posters of one city, each showing a picture of its own and the next one's.
    let mut first = Vec::new();
    for i in 0..30 {
        for k in 0..2 {
            first.push(post(
                &format!("c{i}-{k}"),
                &format!("713-555-{:04}", 2000 + i),
                &[format!("c{i}"), format!("c{}", i + 1)],
                2 * i + k,
            ));
        }
    }
    // A new poster in the city shows the last poster's own picture.
    let second = vec![post("n1", "713-555-3999", &["c30".to_string()], 90)];
    let all: Vec<String> = first.iter().chain(&second).cloned().collect();
    let scratch = link_from_scratch(&all);
    assert_ne!(
        scratch["n1"], scratch["c29-0"],
        "a city in a crowded family"
    );

    let (m, _) = second_as_region(&first, &second, 0.99);
    assert_ne!(
        m["n1"], m["c29-0"],
        "the family is crowded though the region holds two of its posters"
    );
    assert_eq!(
        partition(m.into_iter()),
        partition(scratch.into_iter()),
        "the partition of linking everything at once"
    );
}

/// A poster showing two pictures of each of two owners who share none (a thief's) is not
/// joined to either by the second photo. A batch linked with its neighbourhood meets one
/// owner only; the store keeps which posts' poster showed two owners' pictures, so the thief
/// stays apart as linking everything keeps it.
#[test]
fn a_poster_showing_two_owners_pictures_stays_apart_in_a_neighbourhood() {
    let post = |id: &str, phone: &str, city: &str, photos: &[&str], words: usize| {
        serde_json::json!({
            "id": id,
            "body": format!("{} call {phone}", own_words(words, 30, "qw")),
            "region": "US",
            "location": city,
            "image_hashes": photos.iter().map(|p| photo(p)).collect::<Vec<_>>(),
        })
        .to_string()
    };
    let (a, b, t) = ("713-555-0110", "713-555-0120", "713-555-0130");
    let mut first = Vec::new();
    // Two owners, each with its own number, city and two pictures, six posts each.
    for k in 0..6 {
        first.push(post(&format!("a{k}"), a, "Houston, TX", &["a1", "a2"], k));
        first.push(post(
            &format!("b{k}"),
            b,
            "Denver, CO",
            &["b1", "b2"],
            10 + k,
        ));
    }
    // The thief: its own number and city, both owners' pictures, two posts.
    for k in 0..2 {
        first.push(post(
            &format!("t{k}"),
            t,
            "Miami, FL",
            &["a1", "a2", "b1", "b2"],
            20 + k,
        ));
    }
    // Posters with nothing in common with anyone.
    for i in 0..30 {
        first.push(post(
            &format!("f{i}"),
            &format!("713-555-05{i:02}"),
            "Plano, TX",
            &[],
            50 + i,
        ));
    }
    // The first owner posts again with one of its pictures.
    let second = vec![post("a6", a, "Houston, TX", &["a1"], 90)];
    let all: Vec<String> = first.iter().chain(&second).cloned().collect();
    let scratch = link_from_scratch(&all);
    assert_eq!(scratch["a0"], scratch["a6"]);
    assert_ne!(scratch["t0"], scratch["a0"], "the thief joined an owner");
    assert_ne!(scratch["a0"], scratch["b0"], "the owners fused");

    let (m, relinked) = second_as_region(&first, &second, 0.99);
    assert!(
        relinked <= 10,
        "the owner's and the thief's posts: {relinked}"
    );
    assert_eq!(m["a6"], m["a0"]);
    assert_ne!(
        m["t0"], m["a0"],
        "the region holds one owner; the thief showed two"
    );
    assert_eq!(
        partition(m.into_iter()),
        partition(scratch.into_iter()),
        "the partition of linking everything at once"
    );
}

/// A footer (a support line printed beside every poster's own phone) and a stock photo are
/// held back by the first linking; a new post carrying both is linked with its own
/// neighbourhood, not with the forty posters who share them, and the partition is that of
/// linking everything at once.
#[test]
fn held_footers_and_stock_photos_are_not_followed_into_the_neighbourhood() {
    let stock = "f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b22";
    // Words of one poster only (no shared wording), letters only.
    let words = |i: usize| own_words(i, 30, "qz");
    let post = |id: String, i: usize, k: usize| {
        serde_json::json!({
            "id": id,
            "body": format!("{} {} call 713-555-{:04}. Support line 713-555-0199", words(i), words(1000 + i * 3 + k), 1000 + i),
            "region": "US",
            "image_hashes": [stock],
        })
        .to_string()
    };
    let first: Vec<String> = (0..40)
        .flat_map(|i| (0..2).map(move |k| (i, k)))
        .map(|(i, k)| post(format!("p{i}-{k}"), i, k))
        .collect();
    let second = vec![post("new".into(), 77, 0), post("new-2".into(), 77, 1)];
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(&dir.path().join("case.db")).unwrap();
    ingest_lines(&mut store, &first);
    assert_eq!(
        store.memberships().unwrap()["p3-0"],
        store.memberships().unwrap()["p3-1"]
    );
    let s = ingest_lines(&mut store, &second);
    assert!(!s.full_relink, "linked as a region");
    assert_eq!(
        s.relinked_posts, 2,
        "the footer and the photo brought their posters in"
    );
    let m = store.memberships().unwrap();
    assert_eq!(
        m["new"], m["new-2"],
        "the new poster's own phone joins its posts"
    );
    assert_ne!(m["new"], m["p0-0"]);

    let all: Vec<String> = first.iter().chain(&second).cloned().collect();
    let scratch = partition(link_from_scratch(&all).into_iter());
    assert_eq!(partition(m.into_iter()), scratch);
    assert_eq!(scratch.len(), 41);
}

#[test]
fn the_neighbourhood_follows_what_the_linker_links_on() {
    // Forty posters on one site, each with its own phone and the site's own help address
    // (which the linker never links on), and one employer's two posts naming two addresses
    // on its own domain (which it does: the domain joins them), and another's two pages under
    // its account on an applicant-tracking host (the account joins them).
    let words = |i: usize| own_words(i, 30, "qy");
    let poster = |i: usize, k: usize| {
        serde_json::json!({
            "id": format!("p{i}-{k}"),
            "site": "listhub.example",
            "body": format!("{} {} call 713-555-{:04}. Questions? help@listhub.example",
                words(i), words(1000 + i * 3 + k), 1000 + i),
            "region": "US",
        })
        .to_string()
    };
    let job = |id: &str, i: usize, email: &str| {
        serde_json::json!({
            "id": id,
            "site": "listhub.example",
            "body": format!("{} apply by writing to {email}", words(i)),
            "region": "US",
        })
        .to_string()
    };
    let mut first: Vec<String> = (0..40)
        .flat_map(|i| (0..2).map(move |k| poster(i, k)))
        .collect();
    first.push(job("job-1", 500, "hr@acme-staffing.example"));
    // An employer on a shared applicant-tracking host: its account there joins its pages.
    first.push(job("ats-1", 700, "https://jobs.lever.co/granite-934/11"));
    let second = vec![
        poster(77, 0),
        poster(77, 1),
        job("job-2", 600, "careers@acme-staffing.example"),
        job("ats-2", 800, "https://jobs.lever.co/granite-934/22"),
    ];
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(&dir.path().join("case.db")).unwrap();
    ingest_lines(&mut store, &first);
    let s = ingest_lines(&mut store, &second);
    assert!(!s.full_relink, "linked as a region");
    assert_eq!(
        s.relinked_posts, 6,
        "the new posts and the employers' stored posts; the site's address brought no one in"
    );
    let m = store.memberships().unwrap();
    assert_eq!(
        m["job-1"], m["job-2"],
        "the own domain joins the employer's posts"
    );
    assert_eq!(
        m["ats-1"], m["ats-2"],
        "the account joins the employer's pages"
    );
    assert_ne!(m["p77-0"], m["p0-0"]);
    let all: Vec<String> = first.iter().chain(&second).cloned().collect();
    assert_eq!(
        partition(m.into_iter()),
        partition(link_from_scratch(&all).into_iter())
    );
}

/// Pairwise precision and recall of partition `got` against `want` (pairs of posts in one
/// network), each 1.0 when there are no pairs.
fn pairwise(got: &BTreeMap<String, String>, want: &BTreeMap<String, String>) -> (f64, f64) {
    let pairs = |m: &BTreeMap<String, String>| -> BTreeSet<(String, String)> {
        let mut by: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
        for (p, n) in m {
            by.entry(n).or_default().push(p);
        }
        let mut out = BTreeSet::new();
        for posts in by.values() {
            for (i, a) in posts.iter().enumerate() {
                for b in &posts[i + 1..] {
                    out.insert((a.to_string(), b.to_string()));
                }
            }
        }
        out
    };
    let (g, w) = (pairs(got), pairs(want));
    let both = g.intersection(&w).count() as f64;
    let ratio = |n: usize| if n == 0 { 1.0 } else { both / n as f64 };
    (ratio(g.len()), ratio(w.len()))
}

/// Every stored network row counts exactly its members, every network of two or more posts
/// has a row, and every current post has a network.
fn assert_rows_match_memberships(store: &Store) {
    let m = store.memberships().unwrap();
    assert_eq!(m.len() as u64, store.current_posts().unwrap());
    let mut sizes: BTreeMap<&str, u64> = BTreeMap::new();
    for n in m.values() {
        *sizes.entry(n).or_default() += 1;
    }
    let rows: BTreeMap<String, u64> = store
        .networks()
        .unwrap()
        .into_iter()
        .map(|r| {
            let summary: serde_json::Value = serde_json::from_str(&r.summary).unwrap();
            assert_eq!(summary["size"].as_u64(), Some(r.size), "{}", r.id);
            assert_eq!(summary["network"].as_str(), Some(r.id.as_str()));
            (r.id, r.size)
        })
        .collect();
    let linked: BTreeMap<String, u64> = sizes
        .into_iter()
        .filter(|(_, s)| *s >= 2)
        .map(|(n, s)| (n.to_string(), s))
        .collect();
    assert_eq!(rows, linked);
}

fn attach_options() -> IngestOptions {
    IngestOptions {
        max_region_fraction: 0.99,
        max_closed_fraction: 0.0,
        min_closed_posts: 0,
        max_attached_fraction: 1.0,
        ..options()
    }
}

/// Batches attached to the stored networks (docs/store.md, "Attaching"): every post gets a
/// network, the stored rows stay consistent with the memberships, networks only grow or
/// merge (never split, ids kept), merges are recorded, and the partition stays close to that
/// of linking everything at once on this synthetic corpus.
#[test]
fn attached_batches_grow_and_merge_the_stored_networks() {
    let lines = corpus(11, 1_400);
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(&dir.path().join("case.db")).unwrap();
    ingest_lines(&mut store, &lines[..1_000]);
    let opts = attach_options();
    let mut merged = 0;
    for chunk in lines[1_000..].chunks(100) {
        let before = store.memberships().unwrap();
        let s = ingest_with(&mut store, chunk, &opts);
        assert!(s.attached && !s.full_relink, "attached");
        assert!(s.relinked_posts < store.current_posts().unwrap());
        assert_eq!(s.counts.split, 0);
        merged += s.counts.merged;
        let after = store.memberships().unwrap();
        // No stored network comes apart: posts together before are together after.
        let mut image: BTreeMap<&str, &str> = BTreeMap::new();
        for (post, net) in &before {
            let now = after[post].as_str();
            assert_eq!(*image.entry(net.as_str()).or_insert(now), now, "{post}");
        }
        // A network that merged nothing in keeps its id.
        for (post, net) in &before {
            if after.values().filter(|n| *n == &after[post]).count()
                == before.values().filter(|n| *n == net).count()
            {
                assert_eq!(&after[post], net);
            }
        }
        assert_rows_match_memberships(&store);
    }
    let events = store.events().unwrap();
    assert_eq!(
        events
            .iter()
            .filter(|(_, e)| e.kind == EventKind::Merge)
            .count() as u64,
        merged
    );
    // A new version of a stored post is counted once, in the network its id was in.
    let mut changed: serde_json::Value = serde_json::from_str(&lines[1_005]).unwrap();
    changed["title"] = serde_json::json!("changed title");
    let s = ingest_with(&mut store, &[changed.to_string()], &opts);
    assert_eq!((s.counts.updated, s.attached), (1, true));
    assert_rows_match_memberships(&store);
    assert_eq!(store.integrity_check().unwrap(), "ok");
    let scratch = link_from_scratch(&lines);
    let stored: BTreeMap<String, String> = store.memberships().unwrap().into_iter().collect();
    let (p, r) = pairwise(&stored, &scratch);
    assert!(p >= 0.98 && r >= 0.98, "pairwise precision {p}, recall {r}");
}

/// A grown or merged network is scored from the tallies the store keeps of its parts and the
/// new posts: every stored network row (risk, indicator counts, summary, tally) comes out as
/// when every member is read again, batch after batch, a new version of a stored post
/// included (its network is read again: a tally cannot take out the old version).
#[test]
fn a_grown_network_scores_from_its_tally_as_from_its_posts() {
    let lines = corpus(12, 1_300);
    let dir = tempfile::tempdir().unwrap();
    let mut kept = Store::open(&dir.path().join("kept.db")).unwrap();
    let mut read = Store::open(&dir.path().join("read.db")).unwrap();
    ingest_lines(&mut kept, &lines[..1_000]);
    ingest_lines(&mut read, &lines[..1_000]);
    let mut changed: serde_json::Value = serde_json::from_str(&lines[10]).unwrap();
    changed["body"] = serde_json::json!("changed body, 18 years old, new in town");
    let mut batches: Vec<Vec<String>> =
        lines[1_000..].chunks(100).map(<[String]>::to_vec).collect();
    batches.push(vec![changed.to_string()]);
    let opts = attach_options();
    let rows = |s: &Store| {
        s.connection()
            .prepare("SELECT id, size, risk, summary, tally FROM networks ORDER BY id")
            .unwrap()
            .query_map([], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, i64>(1)?,
                    r.get::<_, f64>(2)?,
                    r.get::<_, Vec<u8>>(3)?,
                    r.get::<_, Option<Vec<u8>>>(4)?,
                ))
            })
            .unwrap()
            .collect::<Result<Vec<_>, _>>()
            .unwrap()
    };
    let mut grown_with_risk = 0;
    for batch in &batches {
        let before = rows(&kept);
        assert!(
            before.iter().all(|r| r.4.is_some()),
            "every network has a tally"
        );
        read.connection()
            .execute("UPDATE networks SET tally = NULL", [])
            .unwrap();
        let a = ingest_with(&mut kept, batch, &opts);
        let b = ingest_with(&mut read, batch, &opts);
        assert!(a.attached && b.attached);
        let after = rows(&kept);
        let again = rows(&read);
        assert_eq!(after.len(), again.len());
        for (k, r) in after.iter().zip(&again) {
            assert_eq!((&k.0, k.1, k.2, &k.3), (&r.0, r.1, r.2, &r.3));
            // The networks written by this batch have their tally again.
            if r.4.is_some() {
                assert_eq!(k.4, r.4, "{}", k.0);
            }
        }
        grown_with_risk += after
            .iter()
            .filter(|r| r.2 > 0.0 && !before.contains(r))
            .count();
    }
    assert!(grown_with_risk > 10, "{grown_with_risk} networks rescored");
}

/// An attachment links a stored network through a few of its posts: a new post giving the
/// number of a stored network of 40 posts and the phone of another of 30 (both with the same
/// photo on each post) is linked with at most `attach_per_network` of each network's posts
/// per key and per photo, not all 70, and joins and merges as it does when all of them are
/// linked.
#[test]
fn an_attachment_links_a_few_posts_of_each_stored_network() {
    let post = |id: String, body: String, photo_of: &str| {
        serde_json::json!({"id": id, "body": body, "region": "US",
                           "image_hashes": [photo(photo_of)]})
        .to_string()
    };
    let mut first: Vec<String> = Vec::new();
    for i in 0..40 {
        first.push(post(
            format!("a{i:02}"),
            format!("{} call 713-555-0101", own_words(i, 30, "zq")),
            "a",
        ));
    }
    for i in 0..30 {
        first.push(post(
            format!("b{i:02}"),
            format!("{} text 713-555-0202", own_words(100 + i, 30, "zq")),
            "b",
        ));
    }
    // Forty posts of their own, each a network of one: the store is more than a and b.
    for i in 0..40 {
        first.push(post(
            format!("c{i:02}"),
            format!("{} ring 713-555-03{i:02}", own_words(200 + i, 30, "zq")),
            &format!("c{i}"),
        ));
    }
    let second = vec![post(
        "n1".into(),
        format!(
            "{} call 713-555-0101 or 713-555-0202",
            own_words(300, 30, "zq")
        ),
        "a",
    )];
    let run = |per_network: usize| {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(&dir.path().join("case.db")).unwrap();
        let opts = IngestOptions {
            attach_per_network: per_network,
            ..attach_options()
        };
        ingest_with(&mut store, &first, &opts);
        let s = ingest_with(&mut store, &second, &opts);
        assert!(s.attached, "attached");
        (
            store.memberships().unwrap(),
            s.relinked_posts,
            s.counts.merged,
        )
    };
    let (all, all_posts, all_merged) = run(usize::MAX);
    let (few, few_posts, few_merged) = run(3);
    assert_eq!(all["n1"], all["a00"]);
    assert_eq!(all["a00"], all["b00"], "the new post merges a and b");
    assert_eq!(
        (all_posts, all_merged),
        (71, 1),
        "every post of both networks"
    );
    // The new post, three of a's posts by the number and three by the photo (the same
    // three: the last stored), three of b's.
    assert!(few_posts <= 7, "a few of each network: {few_posts}");
    assert_eq!(few_merged, 1);
    assert_eq!(partition(few.into_iter()), partition(all.into_iter()));
}

/// Attaching never splits, so the store links everything again once the posts attached since
/// the last linking of everything would pass `max_attached_fraction` of the store.
#[test]
fn attaching_gives_way_to_a_full_linking_past_its_share() {
    let lines = corpus(12, 1_300);
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(&dir.path().join("case.db")).unwrap();
    ingest_lines(&mut store, &lines[..1_000]);
    let opts = IngestOptions {
        max_attached_fraction: 0.15,
        ..attach_options()
    };
    let runs: Vec<(bool, bool)> = lines[1_000..]
        .chunks(100)
        .map(|c| {
            let s = ingest_with(&mut store, c, &opts);
            (s.attached, s.full_relink)
        })
        .collect();
    // 100 of 1,100 (9%) attached; 200 of 1,200 would pass 15%: everything; then again.
    assert_eq!(runs, vec![(true, false), (false, true), (true, false)]);
    assert_rows_match_memberships(&store);
}

/// The memberships of a new store given `background` with `one` (or `given`), then `given`
/// (or `one`) as a second batch that is linked as a region or attached, not all again.
fn stored_in_two_batches(
    background: &[String],
    given: &[String],
    one: &str,
    one_first: bool,
    opts: &IngestOptions,
) -> (
    std::collections::HashMap<String, String>,
    plainsight_engine::ingest::IngestSummary,
) {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(&dir.path().join("case.db")).unwrap();
    let mut first = background.to_vec();
    let later: Vec<String> = if one_first {
        first.push(one.to_string());
        given.to_vec()
    } else {
        first.extend(given.iter().cloned());
        vec![one.to_string()]
    };
    ingest_lines(&mut store, &first);
    let s = ingest_with(&mut store, &later, opts);
    assert!(!s.full_relink, "a region or an attachment");
    (store.memberships().unwrap(), s)
}

/// A touring worker's Bulgarian mobile given with its code on two boards, and written at home
/// a digit at a time on a Swiss board, where it reads as no number: the digits are the number
/// others give.
fn home_lines() -> (Vec<String>, String) {
    let given = vec![
        r#"{"id":"HA","title":"Sweet Raluca","body":"New in Wien. Whatsapp +359 989 363 022","region":"AT"}"#.to_string(),
        r#"{"id":"HB","title":"Raluca in Graz","body":"Ruf mich an: +359989363022","region":"AT"}"#.to_string(),
    ];
    let home = r#"{"id":"HC","title":"Hot Raluca waiting","body":"Now in Geneva! Call me: 📞 0 9 8 9 3 6 3 0 2 2","region":"CH"}"#.to_string();
    (given, home)
}

/// A number written at home without its country code joins its post to the posts that give
/// the number with it — in `link`, and in a store whichever of them came first, linked as a
/// region or attached — and to nothing when other posts give two numbers written so.
#[test]
fn a_number_written_at_home_is_the_number_other_posts_give() {
    let (given, home) = home_lines();
    let mut all = given.clone();
    all.push(home.clone());
    let scratch = link_from_scratch(&all);
    assert_eq!(scratch["HC"], scratch["HA"], "link");
    assert_eq!(scratch["HA"], scratch["HB"]);
    // A French number is written with the same digits at home: which one is not told.
    let mut both = all.clone();
    both.push(
        r#"{"id":"HF","title":"Massage Lyon","body":"Appelez le +33 9 89 36 30 22","region":"FR"}"#
            .into(),
    );
    let two = link_from_scratch(&both);
    assert_ne!(two["HC"], two["HA"]);
    assert_ne!(two["HC"], two["HF"]);

    // The same post with twenty more runs of digits (order references): a batch with many
    // numbers written without a code asks every stored number, one with few asks their values.
    let many = home.replace(
        "Call me:",
        &format!(
            "Refs {}. Call me:",
            (0..20)
                .map(|i| format!("{}", 50_000_001 + i * 7))
                .collect::<Vec<_>>()
                .join(", ")
        ),
    );
    let background = corpus(5, 400);
    for opts in [options(), attach_options()] {
        for (home_first, home) in [(false, &home), (true, &home), (false, &many)] {
            let (nets, s) = stored_in_two_batches(&background, &given, home, home_first, &opts);
            assert_eq!(
                nets["HC"],
                nets["HA"],
                "attached {}, home first {home_first}, {} bytes",
                s.attached,
                home.len()
            );
            assert_eq!(nets["HA"], nets["HB"]);
        }
    }
}

/// A store migrated from before it indexed the numbers posts write without a country code
/// (schema version 13) fills the index from its records at the next ingest: a batch giving
/// the number then finds the stored post that writes it at home.
#[test]
fn numbers_written_at_home_before_the_index_are_filled_at_the_next_ingest() {
    let (given, home) = home_lines();
    let mut first = corpus(5, 400);
    first.push(home);
    for fill in [true, false] {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(&dir.path().join("case.db")).unwrap();
        ingest_lines(&mut store, &first);
        // As a store written before version 13 holds it: no row, its last post named.
        store
            .connection()
            .execute_batch(
                "DELETE FROM national_numbers; INSERT INTO meta(key, value) \
                 SELECT 'national_through', max(pk) FROM posts;",
            )
            .unwrap();
        if !fill {
            // Marked filled without filling: the batch cannot find the post.
            store
                .connection()
                .execute_batch("DELETE FROM meta WHERE key = 'national_through'")
                .unwrap();
        }
        let s = ingest_with(&mut store, &given, &attach_options());
        assert!(s.attached, "attached");
        let nets = store.memberships().unwrap();
        assert_eq!(nets["HC"] == nets["HA"], fill, "filled {fill}");
        assert_eq!(store.national_unfilled_through().unwrap(), 0);
    }
}

/// Posts giving a recruiter's number in the Emirates (`region` AE), and a post that names
/// only the city it recruits for, abroad, where the same digits read in the Emirates and in
/// Saudi Arabia: an ambiguous national number, not a selector.
fn recruiter_lines() -> (Vec<String>, String) {
    let given = vec![
        r#"{"id":"RA","title":"Hostess jobs abroad","body":"Good salary. Call 054 164 2642 today.","region":"AE"}"#.to_string(),
        r#"{"id":"RB","title":"Kitchen help","body":"Call 054 164 2642 now.","region":"AE"}"#.to_string(),
    ];
    let ambiguous = r#"{"id":"RC","title":"مطلوب موظفة استقبال في فندق في Istanbul — التأشيرة والتذكرة مدفوعة","body":"قدمي الآن: 054 164 2642"}"#.to_string();
    (given, ambiguous)
}

/// An ambiguous national number joins its post to the posts that give one of its readings as
/// their number — in `link`, and in a store whichever of them came first, linked as a region
/// or attached — and to nothing when other posts give two of its readings.
#[test]
fn an_ambiguous_number_is_read_as_the_number_other_posts_give() {
    let (given, ambiguous) = recruiter_lines();
    let mut all = given.clone();
    all.push(ambiguous.clone());
    let scratch = link_from_scratch(&all);
    assert_eq!(scratch["RC"], scratch["RA"], "link");
    // Another post gives the Saudi reading: the number is ambiguous again.
    let mut both = all.clone();
    both.push(
        r#"{"id":"RS","title":"Driver wanted","body":"Call 054 164 2642.","region":"SA"}"#.into(),
    );
    let two = link_from_scratch(&both);
    assert_ne!(two["RC"], two["RA"]);
    assert_ne!(two["RC"], two["RS"]);

    let background = corpus(5, 400);
    for opts in [options(), attach_options()] {
        for ambiguous_first in [false, true] {
            let (nets, s) =
                stored_in_two_batches(&background, &given, &ambiguous, ambiguous_first, &opts);
            assert_eq!(
                nets["RC"], nets["RA"],
                "attached {}, ambiguous first {ambiguous_first}",
                s.attached
            );
            assert_eq!(nets["RA"], nets["RB"]);
        }
    }
}
