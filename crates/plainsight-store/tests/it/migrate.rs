//! Every earlier schema version opens and migrates to the current one, keeping its data.
//! The fixtures are built here: a store created by version N's migrations, filled through
//! version N's own tables (plain SQL, as that release wrote them).

use plainsight_store::schema::{CURRENT_VERSION, MIGRATIONS};
use plainsight_store::{Store, StoreError};

/// The count a `SELECT count(*) ...` of the store's gives.
fn count(store: &Store, sql: &str) -> i64 {
    store.connection().query_row(sql, [], |r| r.get(0)).unwrap()
}

/// Fills a store the way its version wrote posts (version 1 had no FTS table; version 4 keyed
/// selectors by post and order).
fn fill_v1(store: &Store) {
    let c = store.connection();
    c.execute_batch(
        r#"INSERT INTO batches(id, started_at, inputs) VALUES (1, '2024-01-01T00:00:00Z', '["a.jsonl"]');
INSERT INTO posts(pk, id, version, current, content_hash, raw, risk, evidence, post_type, ages, batch)
VALUES (1, 'P1', 1, 1, x'00', '{"id":"P1","title":"Café ouvert","body":"call 713 555 0123","location":"Houston, TX"}', 0.2, 0.3, 'other', '[]', 1),
       (2, 'P2', 1, 1, x'01', '{"id":"P2","body":"nothing here","site":"listhub.example","author":" u42 "}', 0.1, 0.1, 'other', '[]', 1);
INSERT INTO memberships(post_id, network) VALUES ('P1', 'N000001'), ('P2', 'N000002');"#,
    )
    .unwrap();
    // Version 4 keyed selectors by (post, n).
    let n = if store.schema_version().unwrap() >= 4 {
        "n, "
    } else {
        ""
    };
    let one = if n.is_empty() { "" } else { "1, " };
    c.execute_batch(&format!(
        r#"INSERT INTO selectors(post, {n}kind, value, field, start, "end", region_source)
VALUES (1, {one}'phone', '+17135550123', 'body', 5, 17, 'record');"#
    ))
    .unwrap();
}

/// The posts of [`fill_v1`] as versions 6 and later wrote them, in plain SQL: the record's columns
/// and the rest of its JSON as a zstd frame (without a dictionary: a store writes frames
/// without one until it has trained one), the full-text rows, the same memberships.
fn fill_v6(store: &Store) {
    let rest = |json: &str| zstd::bulk::compress(json.as_bytes(), 3).unwrap();
    let c = store.connection();
    c.execute_batch(
        r#"INSERT INTO batches(id, started_at, inputs) VALUES (1, '2024-01-01T00:00:00Z', '[]');"#,
    )
    .unwrap();
    let mut post = c
        .prepare(
            "INSERT INTO posts(pk, id, version, current, content_hash, title, posted_at, site, \
             url, location, region, rest, posted_epoch, risk, evidence, post_type, ages, batch) \
             VALUES (?1, ?2, 1, 1, ?3, ?4, NULL, ?5, NULL, ?6, NULL, ?7, NULL, 0.2, 0.3, \
             'other', '[]', 1)",
        )
        .unwrap();
    post.execute(rusqlite::params![
        1,
        "P1",
        &[0u8][..],
        "Café ouvert",
        None::<String>,
        "Houston, TX",
        rest(r#"{"id":"P1","body":"call 713 555 0123"}"#),
    ])
    .unwrap();
    post.execute(rusqlite::params![
        2,
        "P2",
        &[1u8][..],
        None::<String>,
        "listhub.example",
        None::<String>,
        rest(r#"{"id":"P2","body":"nothing here","author":" u42 "}"#),
    ])
    .unwrap();
    c.execute_batch(
        r#"INSERT INTO posts_fts(rowid, title, body) VALUES (1, 'Café ouvert', 'call 713 555 0123'),
       (2, NULL, 'nothing here');
INSERT INTO selectors(post, n, kind, value, field, start, "end", region_source)
VALUES (1, 1, 'phone', '+17135550123', 'body', 5, 17, 'record');
INSERT INTO memberships(post_id, network) VALUES ('P1', 'N000001'), ('P2', 'N000002');"#,
    )
    .unwrap();
    // Version 9 wrote each post's account beside its record.
    if store.schema_version().unwrap() >= 9 {
        c.execute_batch("UPDATE posts SET account = 'listhub.example/u42' WHERE pk = 2;")
            .unwrap();
    }
}

#[test]
fn every_earlier_version_migrates_to_the_current_one() {
    const {
        assert!(
            CURRENT_VERSION >= 2,
            "a migration test needs an earlier version"
        )
    };
    for version in 1..CURRENT_VERSION {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("case.db");
        {
            let old = Store::open_at_version(&path, version).unwrap();
            assert_eq!(old.schema_version().unwrap(), version);
            if version >= 6 {
                fill_v6(&old);
            } else {
                fill_v1(&old);
            }
            if (2..6).contains(&version) {
                // Version 2 indexed every post it wrote in the full-text table.
                old.connection()
                    .execute_batch("INSERT INTO posts_fts(posts_fts) VALUES ('rebuild');")
                    .unwrap();
            }
        }
        let store = Store::open(&path).unwrap();
        assert_eq!(store.schema_version().unwrap(), CURRENT_VERSION);
        assert_eq!(store.integrity_check().unwrap(), "ok");
        assert_eq!(store.current_posts().unwrap(), 2);
        // Version 2's full-text index was built from the posts already there, diacritics
        // folded ("cafe" finds "Café").
        let n = count(
            &store,
            "SELECT count(*) FROM posts_fts WHERE posts_fts MATCH 'cafe'",
        );
        assert_eq!(n, 1, "from version {version}");
        // Posts stored before network events existed are linked again by the next ingest.
        assert_eq!(store.linked_through().unwrap(), 0);
        assert!(store.needs_link().unwrap());
        assert_eq!(store.memberships().unwrap().len(), 2);
        let mut seen = Vec::new();
        store
            .for_each_current(|p| {
                seen.push((p.pk, p.selectors.len()));
                Ok(())
            })
            .unwrap();
        assert_eq!(seen, [(1, 1), (2, 0)]);
        // Version 8's ambiguous numbers: none recorded for posts stored before it.
        let ambiguous = count(&store, "SELECT count(*) FROM ambiguous_numbers");
        assert_eq!(ambiguous, 0, "from version {version}");
        // Version 9's accounts, read out of every stored record: P2's author on its site.
        // (Every version keeps the fixtures' pks: P1 is 1, P2 is 2.)
        assert_eq!(store.accounts_of(&[2]).unwrap(), ["listhub.example/u42"]);
        assert_eq!(
            store
                .posts_with_accounts(&["listhub.example/u42".to_string()])
                .unwrap(),
            [2]
        );
        assert!(store.accounts_of(&[1]).unwrap().is_empty());
        // Version 10: no post is known to be in a large photo family until a linking says so.
        assert!(store.photo_flags().unwrap().is_empty());
        // Version 11: the index covers every photo flag, not only the large family's.
        let index: String = store
            .connection()
            .query_row(
                "SELECT sql FROM sqlite_master WHERE name = 'link_keys_photo_family'",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert!(index.contains("photo_family != 0"), "{index}");
        // Version 12: a network has no tally until it is written again.
        let tallies = count(
            &store,
            "SELECT count(*) FROM networks WHERE tally IS NOT NULL",
        );
        assert_eq!(tallies, 0, "from version {version}");
        // Version 13: no post stored before it writes a number the index knows; the last of
        // them is named for the next ingest to fill.
        let national = count(&store, "SELECT count(*) FROM national_numbers");
        assert_eq!(national, 0, "from version {version}");
        assert!(store.keys_of(&[1, 2]).unwrap().national.is_empty());
        // (A store made at version 13 had no posts when it got there: nothing to fill.)
        let unfilled = if version < 13 { 2 } else { 0 };
        assert_eq!(store.national_unfilled_through().unwrap(), unfilled);
        // Version 14: the numbers stored before it are filed under their last six digits.
        assert_eq!(
            store.numbers_ending(&["550123"]).unwrap(),
            ["+17135550123"],
            "from version {version}"
        );
        // Version 6 split the record into columns and a deflated rest: the record comes back
        // as it was written, and SQL still reads its fields.
        let p1 = store.post("P1").unwrap().unwrap();
        assert_eq!(
            p1.raw,
            r#"{"id":"P1","title":"Café ouvert","body":"call 713 555 0123","location":"Houston, TX"}"#
        );
        let (location, title): (String, Option<String>) = store
            .connection()
            .query_row(
                "SELECT location, title FROM posts WHERE id = 'P1' AND current = 1",
                [],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .unwrap();
        assert_eq!(
            (location.as_str(), title.as_deref()),
            ("Houston, TX", Some("Café ouvert"))
        );
        let body_hits = count(
            &store,
            "SELECT count(*) FROM posts_fts WHERE posts_fts MATCH 'nothing'",
        );
        assert_eq!(body_hits, 1, "from version {version}");
    }
}

/// A record the rebuild of version 6 cannot read (not a post) stops the migration with an
/// error naming the post, and the store stays at version 5 with its data.
#[test]
fn a_damaged_record_stops_version_6_and_leaves_version_5() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("case.db");
    {
        let old = Store::open_at_version(&path, 5).unwrap();
        fill_v1(&old);
        old.connection()
            .execute_batch(r#"UPDATE posts SET raw = '{"no_id": true}' WHERE id = 'P2';"#)
            .unwrap();
    }
    match Store::open(&path) {
        Err(StoreError::Corrupt { pk: 2, .. }) => {}
        other => panic!("expected Corrupt for post 2, got {:?}", other.map(|_| ())),
    }
    let old = Store::open_at_version(&path, 5).unwrap();
    assert_eq!(old.schema_version().unwrap(), 5);
    assert_eq!(old.current_posts().unwrap(), 2);
    let fk: i64 = old
        .connection()
        .pragma_query_value(None, "foreign_keys", |r| r.get(0))
        .unwrap();
    assert_eq!(fk, 1);
    assert_eq!(old.integrity_check().unwrap(), "ok");
}

#[test]
fn reopening_a_current_store_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("case.db");
    drop(Store::open(&path).unwrap());
    let store = Store::open(&path).unwrap();
    assert_eq!(store.schema_version().unwrap(), MIGRATIONS.len() as u32);
    let mode: String = store
        .connection()
        .pragma_query_value(None, "journal_mode", |r| r.get(0))
        .unwrap();
    assert_eq!(mode, "wal");
    let fk: i64 = store
        .connection()
        .pragma_query_value(None, "foreign_keys", |r| r.get(0))
        .unwrap();
    assert_eq!(fk, 1);
    // No memory map unless asked (SQLite caps the size at its own ceiling).
    let mmap = |store: &Store| -> i64 {
        store
            .connection()
            .pragma_query_value(None, "mmap_size", |r| r.get(0))
            .unwrap()
    };
    assert_eq!(mmap(&store), 0);
    store.set_mmap_mib(1024).unwrap();
    assert_eq!(mmap(&store), 1 << 30);
}

#[test]
fn a_store_from_a_newer_release_is_refused_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("case.db");
    {
        let store = Store::open(&path).unwrap();
        store
            .connection()
            .pragma_update(None, "user_version", CURRENT_VERSION + 1)
            .unwrap();
    }
    match Store::open(&path) {
        Err(StoreError::TooNew { found, supported }) => {
            assert_eq!(found, CURRENT_VERSION + 1);
            assert_eq!(supported, CURRENT_VERSION);
        }
        other => panic!("expected TooNew, got {other:?}"),
    }
}

/// Version 3 added the services directory: a store from any earlier version gains empty
/// services tables and keeps its posts; a source put twice is there once.
#[test]
fn services_tables_arrive_empty_and_a_source_replaces_itself() {
    use plainsight_store::{ServiceLocationRow, ServiceSource};
    for version in 1..3u32.min(CURRENT_VERSION) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("case.db");
        {
            let old = Store::open_at_version(&path, version).unwrap();
            fill_v1(&old);
        }
        let mut store = Store::open(&path).unwrap();
        assert_eq!(store.current_posts().unwrap(), 2);
        assert_eq!(store.service_records().unwrap(), Default::default());
        let mut src = ServiceSource {
            name: "a.geojson".into(),
            format: "geojson".into(),
            imported_at: "2026-11-30T00:00:00Z".into(),
            problems: "[]".into(),
            unmapped: "[]".into(),
            organizations: vec![("o1".into(), "{}".into())],
            services: vec![
                ("s1".into(), "{\"n\":1}".into()),
                ("s2".into(), "{\"n\":2}".into()),
            ],
            locations: vec![ServiceLocationRow {
                id: "l1".into(),
                lat: Some(1.0),
                lon: Some(2.0),
                country: Some("NG".into()),
                record: "{}".into(),
            }],
        };
        assert_eq!(store.services_key().unwrap(), (0, 0, 0));
        store.put_service_source(&src).unwrap();
        assert_eq!(store.services_key().unwrap(), (1, 1, 2));
        // The same source put again with the same counts still moves the key.
        store.put_service_source(&src).unwrap();
        assert_eq!(store.services_key().unwrap(), (2, 1, 2));
        src.services.pop();
        store.put_service_source(&src).unwrap();
        assert_eq!(store.services_key().unwrap(), (3, 1, 1));
        let r = store.service_records().unwrap();
        assert_eq!(r.services, vec!["{\"n\":1}"]);
        assert_eq!(r.locations.len(), 1);
        assert_eq!(store.service_sources().unwrap().len(), 1);
        assert_eq!(store.integrity_check().unwrap(), "ok");
    }
}

/// Version 4 added the linker's state: a linked store from version 3 keeps its networks and
/// gains empty `link_keys` and no statistics, so the next ingest links everything once (and
/// keeps the state from then on) instead of linking a batch against nothing.
#[test]
fn a_linked_v3_store_gains_empty_linker_state() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("case.db");
    {
        let old = Store::open_at_version(&path, 3).unwrap();
        fill_v1(&old);
        old.connection()
            .execute_batch(
                "INSERT INTO posts_fts(posts_fts) VALUES ('rebuild');
                 UPDATE meta SET value = 2 WHERE key = 'linked_through';
                 INSERT INTO networks(id, size, risk, summary)
                 VALUES ('N000009', 2, 0.5, '{\"network\":\"N000009\"}');",
            )
            .unwrap();
        assert!(old.connection().prepare("SELECT * FROM link_keys").is_err());
    }
    let store = Store::open(&path).unwrap();
    assert_eq!(store.schema_version().unwrap(), CURRENT_VERSION);
    assert_eq!(store.integrity_check().unwrap(), "ok");
    assert!(!store.needs_link().unwrap(), "the networks stay as linked");
    assert_eq!(store.memberships().unwrap()["P1"], "N000001");
    assert!(store.link_state().unwrap().is_none());
    assert!(store.link_keys().unwrap().is_empty());
    // Summaries version 3 wrote as JSON text still read; version 4 writes them deflated.
    let nets = store.networks().unwrap();
    assert_eq!(nets[0].summary, r#"{"network":"N000009"}"#);
    store
        .connection()
        .execute(
            "UPDATE networks SET summary = x'00ff' WHERE id = 'N000009'",
            [],
        )
        .unwrap();
    assert!(matches!(store.networks(), Err(StoreError::Corrupt { .. })));
}

/// Version 5 added the workspace: a store from any earlier version keeps its posts and gains
/// no people, no sessions and an empty, intact audit chain.
#[test]
fn workspace_tables_arrive_empty_from_every_earlier_version() {
    use plainsight_store::AuditVerdict;
    for version in 1..5u32.min(CURRENT_VERSION) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("case.db");
        {
            let old = Store::open_at_version(&path, version).unwrap();
            fill_v1(&old);
        }
        let store = Store::open(&path).unwrap();
        assert_eq!(store.current_posts().unwrap(), 2, "from version {version}");
        assert!(store.users().unwrap().is_empty());
        assert!(store.labels("N000001").unwrap().is_empty());
        assert!(store.notes("N000001").unwrap().is_empty());
        assert_eq!(
            store.verify_audit().unwrap(),
            AuditVerdict::Intact {
                entries: 0,
                head: [0; 32]
            }
        );
        assert_eq!(store.integrity_check().unwrap(), "ok");
    }
}

/// A new store is made with 16 KiB pages; a store made with another page size (every store
/// before the change had 4 KiB) keeps it, migrates and stays sound.
#[test]
fn new_stores_get_large_pages_and_old_ones_keep_theirs() {
    let page_size = |store: &Store| -> u32 {
        store
            .connection()
            .pragma_query_value(None, "page_size", |r| r.get(0))
            .unwrap()
    };
    let dir = tempfile::tempdir().unwrap();
    let fresh = Store::open(&dir.path().join("new.db")).unwrap();
    assert_eq!(page_size(&fresh), plainsight_store::PAGE_SIZE);
    assert_eq!(plainsight_store::PAGE_SIZE, 16384);

    let old_path = dir.path().join("old.db");
    {
        let raw = rusqlite::Connection::open(&old_path).unwrap();
        raw.pragma_update(None, "page_size", 4096).unwrap();
        raw.pragma_update(None, "journal_mode", "WAL").unwrap();
        raw.execute_batch(MIGRATIONS[0].sql().unwrap()).unwrap();
        raw.pragma_update(None, "user_version", 1).unwrap();
    }
    let old = Store::open(&old_path).unwrap();
    assert_eq!(page_size(&old), 4096);
    assert_eq!(old.schema_version().unwrap(), CURRENT_VERSION);
    assert_eq!(old.integrity_check().unwrap(), "ok");
}

/// `ingest` widens its connection's page cache (SQLite's default is 2 MB).
#[test]
fn the_page_cache_is_set_in_mib() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("c.db")).unwrap();
    let cache = |store: &Store| -> i64 {
        store
            .connection()
            .pragma_query_value(None, "cache_size", |r| r.get(0))
            .unwrap()
    };
    assert_eq!(cache(&store), -2000);
    store.set_cache_mib(256).unwrap();
    assert_eq!(cache(&store), -256 * 1024);
}

/// Version 6 on a store with enough posts trains the record dictionary from them, and every
/// record comes back as it was written, searchable by its words.
#[test]
fn version_6_compresses_a_full_store_with_a_dictionary() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("case.db");
    let raws: Vec<String> = (0..1_200)
        .map(|i| {
            let n = i % 100;
            let hash = i * 7919;
            format!(
                r#"{{"id":"Q{i}","title":"Nueva chica {i}","body":"Hola, soy nueva en la ciudad, llama al 555 01{n:02}. Fotos reales.","url":"https://x.example/{i}","site":"x.example","location":"Lima, Perú","image_hashes":["{hash:064x}"]}}"#
            )
        })
        .collect();
    {
        let old = Store::open_at_version(&path, 5).unwrap();
        let c = old.connection();
        c.execute_batch(
            r#"INSERT INTO batches(id, started_at, inputs) VALUES (1, '2024-01-01T00:00:00Z', '[]');"#,
        )
        .unwrap();
        let mut ins = c
            .prepare(
                "INSERT INTO posts(id, version, current, content_hash, raw, risk, evidence, post_type, ages, batch) \
                 VALUES (?1, 1, 1, x'00', ?2, 0.1, 0.1, 'other', '[]', 1)",
            )
            .unwrap();
        for (i, raw) in raws.iter().enumerate() {
            ins.execute(rusqlite::params![format!("Q{i}"), raw])
                .unwrap();
        }
        drop(ins);
        c.execute_batch("INSERT INTO posts_fts(posts_fts) VALUES ('rebuild');")
            .unwrap();
    }
    let store = Store::open(&path).unwrap();
    assert_eq!(store.integrity_check().unwrap(), "ok");
    let dicts = count(&store, "SELECT count(*) FROM record_dicts");
    assert_eq!(dicts, 1);
    for i in [0usize, 1, 599, 1_199] {
        assert_eq!(store.post(&format!("Q{i}")).unwrap().unwrap().raw, raws[i]);
    }
    let mut back = 0;
    store
        .for_each_current(|p| {
            assert_eq!(p.record.to_json(p.pk).unwrap(), raws[p.pk as usize - 1]);
            back += 1;
            Ok(())
        })
        .unwrap();
    assert_eq!(back, 1_200);
    let (stored, text): (i64, i64) = store
        .connection()
        .query_row(
            "SELECT sum(length(rest)), sum(length(CAST(title AS BLOB))) FROM posts",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    let raw_bytes: usize = raws.iter().map(String::len).sum();
    assert!(
        ((stored + text) as usize) < raw_bytes / 2,
        "{stored} + {text} of {raw_bytes}"
    );
    let n = count(
        &store,
        "SELECT count(*) FROM posts_fts WHERE posts_fts MATCH 'ciudad reales'",
    );
    assert_eq!(n, 1_200);
}
