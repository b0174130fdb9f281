//! Versions of posts, the link state and search.

use super::new_post;
use plainsight_core::{Field, Selector, SelectorKind};
use plainsight_store::{
    BatchCounts, Criterion, Event, EventKind, NetworkRow, Query, Store, Stored, Why,
};

fn store() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("case.db")).unwrap();
    (dir, store)
}

fn query(criterion: Criterion) -> Query {
    Query {
        criterion,
        from: None,
        to: None,
        min_risk: None,
        limit: 10,
    }
}

#[test]
fn same_content_is_unchanged_new_content_is_a_new_version() {
    let (_d, mut s) = store();
    let b = s.begin_batch("t0", &["a".into()]).unwrap();
    let first = [
        new_post("P1", "hi", "call me now", Some("+17135550123")),
        new_post("P2", "yo", "hello", None),
    ];
    assert_eq!(
        s.put_posts(b, &first).unwrap(),
        [Stored::Added, Stored::Added]
    );
    let again = [
        new_post("P1", "hi", "call me now", Some("+17135550123")),
        new_post("P2", "yo", "hello again", None),
    ];
    assert_eq!(
        s.put_posts(b, &again).unwrap(),
        [Stored::Unchanged, Stored::Updated]
    );
    assert_eq!(s.current_posts().unwrap(), 2);
    assert_eq!(s.post_versions().unwrap(), 3);
    s.finish_batch(b, "t1", &BatchCounts::default()).unwrap();
    // The old version is kept but only the current one is read back and searched.
    let mut raws = Vec::new();
    s.for_each_current(|p| {
        raws.push(p.record.to_json(p.pk).unwrap());
        Ok(())
    })
    .unwrap();
    assert_eq!(raws.len(), 2);
    assert!(raws[1].contains("hello again"));
    assert!(
        s.search(&query(Criterion::Text("hello".into())))
            .unwrap()
            .len()
            == 1
    );
}

/// An ambiguous national number comes back with every reading, grouped as it was written,
/// for the current version only; its posts are found by any reading.
#[test]
fn ambiguous_numbers_come_back_with_their_readings() {
    let (_d, mut s) = store();
    let b = s.begin_batch("t0", &[]).unwrap();
    let number = |start, readings: &[&str]| plainsight_core::Ambiguous {
        field: plainsight_core::Field::Body,
        start,
        end: start + 12,
        raw: "054 164 2642".into(),
        regions: vec!["AE".into(), "SA".into()],
        readings: readings.iter().map(|r| r.to_string()).collect(),
    };
    let mut p1 = new_post("P1", "hi", "apply now: 054 164 2642", None);
    p1.ambiguous = vec![
        number(11, &["+966541642642", "+971541642642"]),
        number(30, &["+966500000001", "+971500000001"]),
    ];
    let p2 = new_post("P2", "yo", "nothing", None);
    s.put_posts(b, &[p1, p2]).unwrap();
    let mut back = Vec::new();
    s.for_each_current(|p| {
        back.push((p.pk, p.ambiguous));
        Ok(())
    })
    .unwrap();
    assert_eq!(back.len(), 2);
    let (pk1, amb) = &back[0];
    assert_eq!(amb.len(), 2);
    assert_eq!(amb[0].readings, ["+966541642642", "+971541642642"]);
    assert_eq!(amb[0].regions, ["AE", "SA"]);
    assert_eq!((amb[0].start, amb[0].end), (11, 23));
    assert_eq!(amb[1].readings, ["+966500000001", "+971500000001"]);
    assert!(back[1].1.is_empty());
    assert_eq!(
        s.ambiguous_posts_with_values(&["+971541642642".into(), "+15550000000".into()])
            .unwrap(),
        [*pk1]
    );
    assert_eq!(s.keys_of(&[*pk1]).unwrap().readings.len(), 4);
    // A new version without the number: the old version's readings no longer count.
    let mut p1 = new_post("P1", "hi", "apply now", None);
    p1.ambiguous.clear();
    s.put_posts(b, &[p1]).unwrap();
    assert!(s
        .ambiguous_posts_with_values(&["+971541642642".into()])
        .unwrap()
        .is_empty());
}

/// The full-text index is written once per chunk, after the chunk's other rows: every post
/// added or updated in a chunk is found by its words (a post updated twice in one chunk too),
/// an unchanged one is not indexed twice, and FTS5's own check agrees with the posts table.
#[test]
fn every_version_written_in_a_chunk_is_in_the_text_index() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("case.db");
    let mut s = Store::open(&path).unwrap();
    let b = s.begin_batch("t0", &[]).unwrap();
    s.put_posts(
        b,
        &[
            new_post("P1", "alpha", "one", None),
            new_post("P2", "bravo", "two", None),
            new_post("P3", "charlie", "three", None),
        ],
    )
    .unwrap();
    assert_eq!(
        s.put_posts(
            b,
            &[
                new_post("P1", "alpha", "one", None),
                new_post("P2", "bravo", "deux", None),
                new_post("P4", "delta", "four", None),
                new_post("P4", "delta", "quatre", None),
            ],
        )
        .unwrap(),
        [
            Stored::Unchanged,
            Stored::Updated,
            Stored::Added,
            Stored::Updated
        ]
    );
    s.put_posts(b, &[]).unwrap();
    s.finish_batch(b, "t1", &BatchCounts::default()).unwrap();
    let ids = |word: &str| -> Vec<String> {
        let mut v: Vec<String> = s
            .search(&query(Criterion::Text(word.into())))
            .unwrap()
            .into_iter()
            .map(|h| h.id)
            .collect();
        v.sort();
        v
    };
    assert_eq!(ids("alpha"), ["P1"]);
    assert_eq!(ids("bravo"), ["P2"]);
    assert_eq!(ids("deux"), ["P2"]);
    assert!(ids("two").is_empty(), "only current versions are searched");
    assert_eq!(ids("charlie"), ["P3"]);
    assert_eq!(ids("delta"), ["P4"]);
    assert_eq!(ids("quatre"), ["P4"]);
    drop(s);
    let conn = rusqlite::Connection::open(&path).unwrap();
    conn.execute(
        "INSERT INTO posts_fts(posts_fts, rank) VALUES ('integrity-check', 1)",
        [],
    )
    .unwrap();
    let indexed: i64 = conn
        .query_row(
            "SELECT count(*) FROM posts_fts WHERE posts_fts MATCH 'alpha OR bravo OR charlie OR delta'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    // P1 once, P2 in two versions, P3, P4 in two versions.
    assert_eq!(indexed, 6);
}

#[test]
fn linking_state_events_and_watermark() {
    let (_d, mut s) = store();
    let b = s.begin_batch("t0", &[]).unwrap();
    s.put_posts(b, &[new_post("P1", "a", "b", None)]).unwrap();
    assert!(s.needs_link().unwrap());
    let net = NetworkRow {
        id: "N000001".into(),
        size: 1,
        risk: 0.5,
        summary: "{}".into(),
        tally: Some(r#"{"posts":1,"codes":{"S006":1}}"#.into()),
    };
    let ev = Event {
        kind: EventKind::Merge,
        network: "N000001".into(),
        networks: vec!["N000001".into(), "N000002".into()],
        evidence: "[]".into(),
    };
    let last = s.last_pk().unwrap();
    s.put_linking(
        b,
        [("P1", "N000001")].into_iter(),
        std::slice::from_ref(&net),
        std::slice::from_ref(&ev),
        last,
    )
    .unwrap();
    assert!(!s.needs_link().unwrap());
    // The tally is read back with the network when asked for by id, and only then.
    let by_id = s.networks_by_id(&["N000001".into()]).unwrap();
    assert_eq!(by_id, std::slice::from_ref(&net));
    assert_eq!(s.networks().unwrap(), [NetworkRow { tally: None, ..net }]);
    assert_eq!(s.events().unwrap(), [(b, ev)]);
    assert_eq!(s.memberships().unwrap()["P1"], "N000001");
}

#[test]
fn search_by_every_criterion_riskiest_first() {
    let (_d, mut s) = store();
    let b = s.begin_batch("t0", &[]).unwrap();
    s.put_posts(
        b,
        &[
            new_post("A", "Señorita", "call now", Some("+17135550123")),
            new_post("B", "other", "passport kept, call", Some("+17135550123")),
            new_post("C", "nothing", "plain words", None),
        ],
    )
    .unwrap();
    s.put_linking(
        b,
        [("A", "N000001"), ("B", "N000001"), ("C", "N000002")].into_iter(),
        &[],
        &[],
        s.last_pk().unwrap(),
    )
    .unwrap();
    let ids =
        |q: Query| -> Vec<String> { s.search(&q).unwrap().into_iter().map(|h| h.id).collect() };
    let phone = Criterion::Selectors(vec![(Some(SelectorKind::Phone), "+17135550123".into())]);
    assert_eq!(ids(query(phone.clone())), ["B", "A"]);
    // A value of another kind does not match.
    assert!(ids(query(Criterion::Selectors(vec![(
        Some(SelectorKind::Email),
        "+17135550123".into()
    )])))
    .is_empty());
    assert_eq!(ids(query(Criterion::Text("senorita".into()))), ["A"]);
    // FTS syntax typed by the user is searched for, not parsed.
    assert!(ids(query(Criterion::Text("\"NEAR( OR".into()))).is_empty());
    assert_eq!(ids(query(Criterion::Place("houston".into()))).len(), 3);
    assert_eq!(ids(query(Criterion::Place("100%".into()))).len(), 0);
    assert_eq!(ids(query(Criterion::Indicator("J004".into()))), ["B"]);
    assert_eq!(ids(query(Criterion::Network("N000001".into()))), ["B", "A"]);
    let mut q = query(phone);
    q.min_risk = Some(0.5);
    let hits = s.search(&q).unwrap();
    assert_eq!(hits.len(), 1);
    assert_eq!(hits[0].network.as_deref(), Some("N000001"));
    assert!(matches!(&hits[0].why[0], Why::Selector { value, .. } if value == "+17135550123"));
    q.min_risk = None;
    q.from = Some(1_704_153_601);
    assert!(s.search(&q).unwrap().is_empty());
    q.from = None;
    q.limit = 1;
    assert_eq!(s.search(&q).unwrap().len(), 1);
}

fn net(id: &str, size: u64) -> NetworkRow {
    NetworkRow {
        id: id.into(),
        size,
        risk: 0.5,
        summary: "{}".into(),
        tally: None,
    }
}

/// Adds post D (pk 4) to batch `b` of [`three_linked`]'s store and attaches it: D joins
/// N000001 and bridges C's N000002 into it, recorded with `events`.
fn d_bridges_c(s: &mut Store, b: i64, events: Vec<Event>) {
    s.put_posts(b, &[new_post("D", "d", "plain words call", None)])
        .unwrap();
    let a = plainsight_store::Attachment {
        memberships: vec![("D".into(), "N000001".into())],
        moved: vec![("N000002".into(), "N000001".into())],
        networks: vec![net("N000001", 4)],
        events,
        state: keys(&[4]),
        linked_through: 4,
    };
    s.put_attachment(b, &a).unwrap();
}

/// Keys for `pks`; the even ones in a large photo family, those divisible by three showing
/// others' pictures.
fn keys(pks: &[i64]) -> plainsight_store::LinkState<'static> {
    plainsight_store::LinkState {
        stats: b"stats",
        keys: pks
            .iter()
            .map(|&pk| {
                let large = if pk % 2 == 0 {
                    plainsight_store::PHOTO_LARGE_FAMILY
                } else {
                    0
                };
                let others = if pk % 3 == 0 {
                    plainsight_store::PHOTO_OTHERS_PICTURES
                } else {
                    0
                };
                (pk, vec![1, 0, 0, 0], vec![], large | others)
            })
            .collect(),
    }
}

/// Stores A and B (one phone) and C, linked as N000001 (A, B) and N000002 (C), keys kept;
/// returns the batch.
fn three_linked(s: &mut Store) -> i64 {
    let b = s.begin_batch("t0", &[]).unwrap();
    s.put_posts(
        b,
        &[
            new_post("A", "a", "call now", Some("+17135550123")),
            new_post("B", "b", "call", Some("+17135550123")),
            new_post("C", "c", "plain words", None),
        ],
    )
    .unwrap();
    s.put_relinking(
        b,
        None,
        [("A", "N000001"), ("B", "N000001"), ("C", "N000002")].into_iter(),
        &[net("N000001", 2)],
        &[],
        3,
        Some(keys(&[1, 2, 3])),
    )
    .unwrap();
    b
}

/// A region relinking replaces only the region's memberships, keys and earlier networks; a
/// full one replaces everything; the linker's state is kept with either.
#[test]
fn a_region_relinking_leaves_the_rest() {
    let (_d, mut s) = store();
    let b = three_linked(&mut s);
    assert_eq!(s.link_state().unwrap().as_deref(), Some(&b"stats"[..]));
    // Summaries are kept deflated and read back as written.
    let stored: Vec<u8> = s
        .connection()
        .query_row("SELECT summary FROM networks", [], |r| r.get(0))
        .unwrap();
    assert_ne!(stored, b"{}");
    assert_eq!(s.networks().unwrap()[0].summary, "{}");
    assert_eq!(s.link_keys().unwrap().len(), 3);
    // D joins C: the region is C and D, C's earlier network goes, A and B stay.
    s.put_posts(b, &[new_post("D", "d", "plain words", None)])
        .unwrap();
    assert_eq!(s.current_pks_after(3).unwrap(), [4]);
    assert_eq!(s.network_pks(&[3]).unwrap(), [3]);
    assert_eq!(s.network_pks(&[1]).unwrap(), [1, 2]);
    let uses = s
        .selector_uses_with_values(&["+17135550123".into()])
        .unwrap();
    assert_eq!(uses.iter().map(|u| u.post).collect::<Vec<_>>(), [1, 2]);
    assert_eq!(uses[0].selector.value, "+17135550123");
    assert_eq!(
        s.values_in_ranges(&[("+1713".into(), "+1714".into())])
            .unwrap(),
        ["+17135550123"]
    );
    s.put_relinking(
        b,
        Some((&[3, 4], &["N000002".to_string()])),
        [("C", "N000003"), ("D", "N000003")].into_iter(),
        &[net("N000003", 2)],
        &[],
        4,
        Some(keys(&[3, 4])),
    )
    .unwrap();
    let m = s.memberships().unwrap();
    assert_eq!(m.len(), 4);
    assert_eq!((m["A"].as_str(), m["C"].as_str()), ("N000001", "N000003"));
    let mut ids: Vec<String> = s.networks().unwrap().into_iter().map(|n| n.id).collect();
    ids.sort();
    assert_eq!(ids, ["N000001", "N000003"]);
    let pks: Vec<i64> = s.link_keys().unwrap().into_iter().map(|k| k.post).collect();
    assert_eq!(pks, [1, 2, 3, 4]);
    // The photo families written by both linkings, the region's replacing its posts' own.
    let mut flags: Vec<(i64, u8)> = s.photo_flags().unwrap().into_iter().collect();
    flags.sort();
    assert_eq!(flags, [(2, 1), (3, 2), (4, 1)]);
    assert!(!s.needs_link().unwrap());
    assert_eq!(s.integrity_check().unwrap(), "ok");
}

/// The reach of posts' networks (what finding a region checks against its cap before taking
/// whole networks in) is the stored size of each distinct network once, and never more than
/// the posts those networks hold.
#[test]
fn network_reach_counts_each_network_once() {
    let (_d, mut s) = store();
    let b = s.begin_batch("t0", &[]).unwrap();
    let posts: Vec<_> = ["P1", "P2", "P3", "P4", "P5"]
        .iter()
        .map(|id| new_post(id, "t", "b", None))
        .collect();
    s.put_posts(b, &posts).unwrap();
    let row = |id: &str, size: u64| NetworkRow {
        id: id.into(),
        size,
        risk: 0.5,
        summary: "{}".into(),
        tally: None,
    };
    let last = s.last_pk().unwrap();
    s.put_linking(
        b,
        [
            ("P1", "N000001"),
            ("P2", "N000001"),
            ("P3", "N000001"),
            ("P4", "N000002"),
            ("P5", "N000003"),
        ]
        .into_iter(),
        &[row("N000001", 3), row("N000002", 1)],
        &[],
        last,
    )
    .unwrap();
    let pks = s.current_pks_after(0).unwrap();
    assert_eq!(pks.len(), 5);
    // P1 and P2 share one network: counted once.
    assert_eq!(s.network_reach(&pks[..2]).unwrap(), 3);
    assert_eq!(s.network_reach(&pks[..4]).unwrap(), 4);
    // A network of one post without a row counts nothing.
    assert_eq!(s.network_reach(&pks[4..]).unwrap(), 0);
    for k in 0..pks.len() {
        let reach = s.network_reach(&pks[k..=k]).unwrap() as usize;
        assert!(reach <= s.network_pks(&pks[k..=k]).unwrap().len());
    }
}

/// An attachment moves the posts of merged networks, adds the new posts' memberships, replaces
/// the grown network's row, keeps the new posts' keys (dropping their earlier versions'),
/// counts what it attached, and a linking of everything sets that count back; what network
/// risk takes of each post is read back per network and per post.
#[test]
fn an_attachment_merges_and_counts() {
    let (_d, mut s) = store();
    let b = three_linked(&mut s);
    assert_eq!(s.max_network_number().unwrap(), 2);
    let facts = s.risk_facts(&["N000001".into()], &[3]).unwrap();
    let ids: Vec<(&str, Option<&str>)> = facts
        .iter()
        .map(|f| (f.id.as_str(), f.network.as_deref()))
        .collect();
    assert_eq!(
        ids,
        [
            ("A", Some("N000001")),
            ("B", Some("N000001")),
            ("C", Some("N000002"))
        ]
    );
    assert_eq!(facts[0].location.as_deref(), Some("Houston, TX"));
    // D bridges C into N000001; C's network goes.
    let merge = Event {
        kind: EventKind::Merge,
        network: "N000001".into(),
        networks: vec!["N000001".into(), "N000002".into()],
        evidence: "[]".into(),
    };
    d_bridges_c(&mut s, b, vec![merge]);
    let m = s.memberships().unwrap();
    assert!(["A", "B", "C", "D"].iter().all(|p| m[*p] == "N000001"));
    let rows = s.networks().unwrap();
    assert_eq!((rows.len(), rows[0].size), (1, 4));
    assert_eq!(s.attached_posts().unwrap(), 1);
    assert_eq!(s.link_keys().unwrap().len(), 4);
    assert_eq!(s.events().unwrap().len(), 1);
    assert!(!s.needs_link().unwrap());
    // N000002 is gone, its number is not: the merge event names it.
    assert_eq!(s.max_network_number().unwrap(), 2);
    // A new version of D attached again replaces D's keys and counts once more.
    s.put_posts(b, &[new_post("D", "d", "plain words call again", None)])
        .unwrap();
    let a = plainsight_store::Attachment {
        memberships: vec![],
        moved: vec![],
        networks: vec![net("N000001", 4)],
        events: vec![],
        state: keys(&[5]),
        linked_through: 5,
    };
    s.put_attachment(b, &a).unwrap();
    let pks: Vec<i64> = s.link_keys().unwrap().into_iter().map(|k| k.post).collect();
    assert_eq!(pks, [1, 2, 3, 5]);
    assert_eq!(s.attached_posts().unwrap(), 2);
    // Linking everything starts the count again.
    s.put_relinking(
        b,
        None,
        [
            ("A", "N000001"),
            ("B", "N000001"),
            ("C", "N000001"),
            ("D", "N000001"),
        ]
        .into_iter(),
        &[net("N000001", 4)],
        &[],
        5,
        Some(keys(&[1, 2, 3, 5])),
    )
    .unwrap();
    assert_eq!(s.attached_posts().unwrap(), 0);
    // Nor does linking everything give it back.
    assert_eq!(s.max_network_number().unwrap(), 2);
    assert_eq!(s.integrity_check().unwrap(), "ok");
}

/// The posts sharing a value, from the index of values alone: current ones only, each with
/// the value it holds, each pair once (a post holding a value twice is one pair).
#[test]
fn current_posts_with_values_come_from_the_index_alone() {
    let (_d, mut s) = store();
    let b = s.begin_batch("t0", &["a".into()]).unwrap();
    s.put_posts(
        b,
        &[
            new_post("A", "a", "call me", Some("+17135550123")),
            new_post("B", "b", "call me", Some("+17135550123")),
            new_post("C", "c", "call me", Some("+4915123456789")),
            new_post("D", "d", "no number", None),
        ],
    )
    .unwrap();
    // B's new version holds another number: its first version no longer shares.
    s.put_posts(
        b,
        &[new_post("B", "b", "call me again", Some("+4915123456789"))],
    )
    .unwrap();
    let values = ["+4915123456789".to_string(), "+17135550123".to_string()];
    let current = s.current_set().unwrap();
    assert_eq!(
        s.current_posts_with_values(&current, &values).unwrap(),
        [(1, 1), (3, 0), (5, 0)]
    );
    assert!(s
        .current_posts_with_values(&current, &[])
        .unwrap()
        .is_empty());
    assert!(s
        .current_posts_with_values(&current, &["+10000000000".into()])
        .unwrap()
        .is_empty());
}

/// The ids of many posts are read from the index of current ids in one pass, those of
/// versions no longer current one by one: the same answer either way.
#[test]
fn ids_of_many_posts_are_those_of_each() {
    let (_d, mut s) = store();
    let b = s.begin_batch("t0", &["a".into()]).unwrap();
    let posts: Vec<_> = (0..5000)
        .map(|i| new_post(&format!("P{i}"), "t", &format!("body {i}"), None))
        .collect();
    s.put_posts(b, &posts).unwrap();
    s.put_posts(b, &[new_post("P7", "t", "body seven", None)])
        .unwrap();
    let pks: Vec<i64> = (1..=5002).collect();
    let ids = s.ids_of(&pks).unwrap();
    assert_eq!(ids.len(), 5001, "5,000 first versions and P7's second");
    assert_eq!(ids[&8], "P7");
    assert_eq!(ids[&5001], "P7");
    assert_eq!(ids[&5000], "P4999");
    for pk in [1, 8, 2500, 5001] {
        assert_eq!(s.ids_of(&[pk]).unwrap()[&pk], ids[&pk]);
    }
}

/// A second connection reads what is committed, on another thread, with its own lists of
/// posts (temporary tables) beside the first's; it cannot write the file.
#[test]
fn a_reader_reads_beside_the_store_and_writes_nothing() {
    let (_d, mut s) = store();
    let b = s.begin_batch("t0", &["a".into()]).unwrap();
    s.put_posts(
        b,
        &[
            new_post("A", "a", "call me", Some("+17135550123")),
            new_post("B", "b", "call me", Some("+17135550123")),
        ],
    )
    .unwrap();
    let reader = s.reader().unwrap();
    let current = s.current_set().unwrap();
    let beside = std::thread::scope(|scope| {
        let current = &current;
        let read = scope.spawn(move || {
            let keys = reader.keys_of(&[2]).unwrap();
            let values: Vec<String> = keys.uses.iter().map(|u| u.selector.value.clone()).collect();
            let shared = reader.current_posts_with_values(current, &values).unwrap();
            (shared, reader)
        });
        // The store's own temporary list of posts, filled meanwhile, is its own.
        let own = s.keys_of(&[1]).unwrap();
        let (shared, reader) = read.join().unwrap();
        (shared, own.uses.len(), reader)
    });
    let (shared, own, reader) = beside;
    assert_eq!((shared, own), (vec![(1, 0), (2, 0)], 1));
    let err = reader
        .connection()
        .execute("DELETE FROM posts", [])
        .unwrap_err();
    assert!(err.to_string().contains("readonly"), "{err}");
    assert_eq!(s.current_posts().unwrap(), 2);
}

/// With the automatic checkpoint off, committed chunks stay in the log and the file does not
/// grow; a checkpoint beside the connection copies them into the file while the connection
/// goes on reading, and the store reads the same before and after.
#[test]
fn a_checkpoint_beside_copies_the_log_into_the_file() {
    let (d, mut s) = store();
    let file = d.path().join("case.db");
    let size = || std::fs::metadata(&file).unwrap().len();
    s.set_auto_checkpoint(false).unwrap();
    let b = s.begin_batch("t0", &["a".into()]).unwrap();
    s.checkpoint().unwrap();
    let before = size();
    let posts: Vec<_> = (0..3000)
        .map(|i| {
            new_post(
                &format!("P{i}"),
                "t",
                &format!("body {i} of a longer text"),
                None,
            )
        })
        .collect();
    s.put_posts(b, &posts).unwrap();
    assert_eq!(size(), before, "the chunk is in the log only");
    let beside = s.checkpoint_beside().unwrap();
    assert_eq!(s.current_posts().unwrap(), 3000);
    beside.finish().unwrap();
    assert!(size() > before, "the log is copied into the file");
    s.set_auto_checkpoint(true).unwrap();
    assert_eq!(s.current_posts().unwrap(), 3000);
    assert_eq!(s.integrity_check().unwrap(), "ok");
}

/// A store in `dir` with [`three_linked`]'s posts as a version before the largest network
/// number was kept wrote it (the number taken out of `meta`), `then` run on it (SQL), opened
/// again; with its batch.
fn older_store(dir: &tempfile::TempDir, then: &str) -> (Store, i64) {
    let path = dir.path().join("case.db");
    let mut s = Store::open(&path).unwrap();
    let b = three_linked(&mut s);
    drop(s);
    let raw = rusqlite::Connection::open(&path).unwrap();
    raw.execute("DELETE FROM meta WHERE key = 'network_number'", [])
        .unwrap();
    raw.execute_batch(then).unwrap();
    drop(raw);
    (Store::open(&path).unwrap(), b)
}

/// A store written before the largest network number was kept has it from its memberships,
/// and keeps it from its next write of networks on.
#[test]
fn the_network_number_of_an_older_store_comes_from_its_memberships() {
    let dir = tempfile::tempdir().unwrap();
    let (mut s, b) = older_store(
        &dir,
        "UPDATE memberships SET network = 'N000007' WHERE network = 'N000002'",
    );
    assert_eq!(s.max_network_number().unwrap(), 7);
    // Linking everything into one network keeps the 7 it had before.
    s.put_relinking(
        b,
        None,
        [("A", "N000001"), ("B", "N000001"), ("C", "N000001")].into_iter(),
        &[net("N000001", 3)],
        &[],
        3,
        None,
    )
    .unwrap();
    assert_eq!(s.max_network_number().unwrap(), 7);
}

/// An attachment that merges away the largest network of an older store keeps its number,
/// though no membership names it any more.
#[test]
fn an_older_store_keeps_the_number_of_a_network_merged_away() {
    let dir = tempfile::tempdir().unwrap();
    let (mut s, b) = older_store(&dir, "");
    d_bridges_c(&mut s, b, vec![]);
    assert_eq!(s.max_network_number().unwrap(), 2);
}

/// The hashes a store knows, looked up one id at a time and read at once after a few
/// lookups, are the current versions' and nothing else: an old version's hash, an id never
/// stored and one looked up from several threads answer as one pass over them would.
#[test]
fn known_posts_answer_alike_one_by_one_and_at_once() {
    let (_d, mut s) = store();
    let b = s.begin_batch("t0", &[]).unwrap();
    let posts: Vec<_> = (0..40)
        .map(|i| new_post(&format!("P{i}"), "t", &format!("body {i}"), None))
        .collect();
    s.put_posts(b, &posts).unwrap();
    let renewed = new_post("P3", "t", "body three, again", None);
    s.put_posts(b, std::slice::from_ref(&renewed)).unwrap();
    let expected = |id: &str| -> Option<[u8; 16]> {
        if id == "P3" {
            return Some(renewed.content_hash);
        }
        posts.iter().find(|p| p.id == id).map(|p| p.content_hash)
    };
    let ids: Vec<String> = (0..50).map(|i| format!("P{i}")).collect();
    for after in [0, 7, usize::MAX] {
        let known = s.known_posts().unwrap().read_at_once_after(after);
        let answers: Vec<Option<[u8; 16]>> = std::thread::scope(|scope| {
            let halves: Vec<_> = ids
                .chunks(25)
                .map(|half| {
                    let known = &known;
                    scope.spawn(move || half.iter().map(|id| known.get(id)).collect::<Vec<_>>())
                })
                .collect();
            halves.into_iter().flat_map(|h| h.join().unwrap()).collect()
        });
        for (id, got) in ids.iter().zip(answers) {
            assert_eq!(got, expected(id), "{id} after {after}");
        }
    }
    assert_ne!(posts[3].content_hash, renewed.content_hash);
}

/// The stored photos of the current posts, as pairs and as columns: a replaced version's
/// photos are left out, and both shapes hold the same photos in the same order.
#[test]
fn current_photos_as_pairs_and_as_columns() {
    let (_d, mut s) = store();
    let b = s.begin_batch("t0", &["a".into()]).unwrap();
    let mut p1 = new_post("P1", "hi", "call me now", None);
    p1.images = vec![
        plainsight_core::PdqHash([1, 0, 0, 0]),
        plainsight_core::PdqHash([2, 0, 0, 0]),
    ];
    let mut p2 = new_post("P2", "yo", "hello", None);
    p2.images = vec![plainsight_core::PdqHash([3, 0, 0, 0])];
    s.put_posts(b, &[p1, p2]).unwrap();
    // P2's new version carries another photo; the old one is no longer current.
    let mut p2b = new_post("P2", "yo", "hello again", None);
    p2b.images = vec![plainsight_core::PdqHash([4, 0, 0, 0])];
    s.put_posts(b, &[p2b]).unwrap();
    let current = s.current_set().unwrap();
    assert_eq!(current.len(), 2);
    assert!(!current.is_empty());
    let pairs = s.current_images(&current).unwrap();
    let (pks, hashes) = s.current_image_columns(&current).unwrap();
    assert_eq!(hashes.iter().map(|h| h.0[0]).collect::<Vec<_>>(), [1, 2, 4]);
    assert_eq!(pks[0], pks[1]);
    assert_ne!(pks[1], pks[2]);
    assert_eq!(pairs, pks.into_iter().zip(hashes).collect::<Vec<_>>());
}

/// The numbers a post writes without a country code are found by their digits (unless the
/// post holds the number itself), for the current version only, and come back with the
/// post's keys.
#[test]
fn national_numbers_find_their_posts() {
    let (_d, mut s) = store();
    let b = s.begin_batch("t0", &[]).unwrap();
    let mut p1 = new_post("P1", "hi", "call 0733995917 or 0989363022", None);
    p1.national = vec!["0733995917".into(), "0989363022".into()];
    let mut p2 = new_post("P2", "yo", "call 0989363022", Some("+359989363022"));
    p2.national = vec!["0989363022".into()];
    s.put_posts(b, &[p1, p2]).unwrap();
    let writing = |d: &str, n: &str| (d.to_string(), n.to_string());
    let found = s
        .posts_writing_without(&[
            writing("0989363022", "+359989363022"),
            writing("733995917", "+380733995917"),
            writing("0733995917", "+380733995917"),
        ])
        .unwrap();
    // P1 for the first and third; P2 holds the first number itself; nobody writes the second.
    assert_eq!(found.iter().map(|f| f.1).collect::<Vec<_>>(), [0, 2]);
    let pk1 = found[0].0;
    assert_eq!(found[1].0, pk1);
    assert_eq!(
        s.keys_of(&[pk1]).unwrap().national,
        ["0733995917", "0989363022"]
    );
    // A new version without them: the old version's digits no longer count.
    let p1 = new_post("P1", "hi", "call me", None);
    s.put_posts(b, &[p1]).unwrap();
    assert!(s
        .posts_writing_without(&[writing("0989363022", "+359989363022")])
        .unwrap()
        .is_empty());
}

/// Stored numbers asked by their last six digits and addresses (e-mails, payments to one) by
/// their domain, whichever kind of selector holds them, each once; values asked by ranges of
/// the index.
#[test]
fn numbers_by_ending_addresses_by_domain_values_by_range() {
    let (_d, mut s) = store();
    let b = s.begin_batch("t0", &[]).unwrap();
    let mut p1 = new_post("P1", "hi", "call 0989363022", Some("+359989363022"));
    let at = |kind, value: &str| Selector::new(kind, value, Field::Body, 0, 4, "");
    p1.selectors.extend([
        at(SelectorKind::Email, "hr@shop.example"),
        at(SelectorKind::Url, "shop.example/jobs"),
        at(SelectorKind::Handle, "+17135550123"),
    ]);
    let p2 = new_post("P2", "yo", "call 7135550123", Some("+17135550123"));
    let mut p3 = new_post("P3", "yo", "call 8989363022", Some("+33989363022"));
    p3.selectors.extend([
        at(SelectorKind::Email, "info@shop.example"),
        at(SelectorKind::Payment, "paypal:pay@shop.example"),
    ]);
    s.put_posts(b, &[p1, p2, p3]).unwrap();
    assert_eq!(
        s.numbers_ending(&["363022", "550123", "000000"]).unwrap(),
        ["+33989363022", "+359989363022", "+17135550123"]
    );
    assert_eq!(
        s.addresses_at(&["shop.example", "other.example"]).unwrap(),
        [
            "hr@shop.example",
            "info@shop.example",
            "paypal:pay@shop.example"
        ]
    );
    assert_eq!(
        s.values_in_ranges(&[
            ("shop.example".into(), "shop.example@".into()),
            ("+1".into(), "+2".into()),
        ])
        .unwrap(),
        ["shop.example/jobs", "+17135550123"]
    );
    // A new version of a post files its numbers again, once.
    let p2 = new_post("P2", "yo!", "call 7135550123", Some("+17135550123"));
    s.put_posts(b, &[p2]).unwrap();
    assert_eq!(s.numbers_ending(&["550123"]).unwrap(), ["+17135550123"]);
}
