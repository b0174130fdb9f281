//! The workspace's tables: people, sessions, tokens, the audit chain (and every tampering
//! `verify_audit` must catch), labels, notes, the triage queue and the post page's read.

use super::new_post;
use plainsight_store::{
    AuditBreak, AuditNew, AuditVerdict, LabelCategory, LabelRow, LabelStatus, QueueFilter, Role,
    Store,
};

fn store() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("case.db")).unwrap();
    (dir, store)
}

fn entry(at: i64, action: &str, object: &str) -> AuditNew {
    AuditNew {
        at,
        user: "ana".into(),
        action: action.into(),
        object: object.into(),
        detail: String::new(),
    }
}

/// A store with ten audit entries and its verdict before any tampering.
fn chained() -> (tempfile::TempDir, Store) {
    let (d, mut s) = store();
    for i in 1..=10 {
        let seq = s
            .audit(&entry(
                1_700_000_000 + i,
                "view",
                &format!("network:N{i:06}"),
            ))
            .unwrap();
        assert_eq!(seq, i);
    }
    match s.verify_audit().unwrap() {
        AuditVerdict::Intact { entries, .. } => assert_eq!(entries, 10),
        other => panic!("{other:?}"),
    }
    (d, s)
}

fn broken(s: &Store) -> AuditBreak {
    match s.verify_audit().unwrap() {
        AuditVerdict::Broken(b) => b,
        v => panic!("tampering not caught: {v:?}"),
    }
}

#[test]
fn the_audit_chain_is_deterministic() {
    let (_a, a) = chained();
    let (_b, b) = chained();
    assert_eq!(a.verify_audit().unwrap(), b.verify_audit().unwrap());
    let e = a.audit_entries(0, 100).unwrap();
    assert_eq!(e.len(), 10);
    assert_eq!(e[0].prev_hash, [0; 32]);
    for w in e.windows(2) {
        assert_eq!(w[1].prev_hash, w[0].hash);
    }
}

#[test]
fn every_edit_of_an_entry_is_caught_at_that_entry() {
    for (column, value) in [
        ("at", "1"),
        ("user", "'mallory'"),
        ("action", "'search'"),
        ("object", "'network:N999999'"),
        ("detail", "'other reason'"),
        ("hash", "zeroblob(32)"),
        ("hash", "x'00'"),
        ("at", "'not a time'"),
    ] {
        let (_d, s) = chained();
        s.connection()
            .execute(
                &format!("UPDATE audit_log SET {column} = {value} WHERE seq = 4"),
                [],
            )
            .unwrap();
        let b = broken(&s);
        assert_eq!(b, AuditBreak::Altered { seq: 4 }, "editing {column}");
        assert_eq!(b.to_string(), "audit entry 4 was altered");
    }
    // Editing prev_hash breaks the chain at that entry.
    let (_d, s) = chained();
    s.connection()
        .execute(
            "UPDATE audit_log SET prev_hash = zeroblob(32) WHERE seq = 6",
            [],
        )
        .unwrap();
    assert_eq!(broken(&s), AuditBreak::Unchained { seq: 6 });
}

#[test]
fn a_deleted_entry_is_caught_in_the_middle_at_the_start_and_at_the_end() {
    for (seq, first_bad) in [(5, 5), (1, 1), (10, 10)] {
        let (_d, s) = chained();
        s.connection()
            .execute("DELETE FROM audit_log WHERE seq = ?1", [seq])
            .unwrap();
        let b = broken(&s);
        assert_eq!(b, AuditBreak::Missing { seq: first_bad }, "deleting {seq}");
        assert_eq!(b.to_string(), format!("audit entry {first_bad} is missing"));
    }
    // Deleting an entry and renumbering the ones after it breaks the chain where it was.
    let (_d, s) = chained();
    s.connection()
        .execute_batch(
            "DELETE FROM audit_log WHERE seq = 3; UPDATE audit_log SET seq = seq - 1 WHERE seq > 3;",
        )
        .unwrap();
    assert_eq!(broken(&s), AuditBreak::Unchained { seq: 3 });
}

#[test]
fn reordered_entries_are_caught_at_the_first_moved() {
    // Swapping the sequence numbers of two entries (rows keep their hashes).
    let (_d, s) = chained();
    s.connection()
        .execute_batch(
            "UPDATE audit_log SET seq = 100 WHERE seq = 7;
             UPDATE audit_log SET seq = 7 WHERE seq = 8;
             UPDATE audit_log SET seq = 8 WHERE seq = 100;",
        )
        .unwrap();
    assert_eq!(broken(&s), AuditBreak::Unchained { seq: 7 });
    // Swapping their contents, hashes and links included.
    let (_d, s) = chained();
    s.connection()
        .execute_batch(
            "CREATE TEMP TABLE t AS SELECT * FROM audit_log WHERE seq IN (2, 3);
             UPDATE audit_log SET (at, user, action, object, detail, prev_hash, hash) =
               (SELECT at, user, action, object, detail, prev_hash, hash FROM t WHERE t.seq = 5 - audit_log.seq)
             WHERE seq IN (2, 3);",
        )
        .unwrap();
    assert_eq!(broken(&s), AuditBreak::Unchained { seq: 2 });
}

#[test]
fn an_entry_recomputed_after_an_edit_still_breaks_the_next_link() {
    let (_d, s) = chained();
    let e = &s.audit_entries(3, 1).unwrap()[0];
    let forged = plainsight_store::audit_hash(
        e.seq,
        e.at,
        "mallory",
        &e.action,
        &e.object,
        &e.detail,
        &e.prev_hash,
    );
    s.connection()
        .execute(
            "UPDATE audit_log SET user = 'mallory', hash = ?1 WHERE seq = 4",
            [&forged[..]],
        )
        .unwrap();
    assert_eq!(broken(&s), AuditBreak::Unchained { seq: 5 });
}

#[test]
fn people_sessions_and_tokens() {
    let (_d, mut s) = store();
    s.put_user(
        "ana",
        Role::Analyst,
        "$argon2id$x",
        &entry(10, "user.add", "user:ana"),
    )
    .unwrap();
    let u = s.user("ana").unwrap().unwrap();
    assert_eq!((u.role, u.created_at), (Role::Analyst, 10));
    assert!(!format!("{u:?}").contains("argon2"), "Debug leaks the hash");
    s.put_user(
        "ana",
        Role::Viewer,
        "$argon2id$y",
        &entry(11, "user.add", "user:ana"),
    )
    .unwrap();
    assert_eq!(s.user("ana").unwrap().unwrap().role, Role::Viewer);
    assert_eq!(s.users().unwrap(), [("ana".to_string(), Role::Viewer, 10)]);
    assert!(s.user("bob").unwrap().is_none());

    let t = [7u8; 32];
    s.put_session(&t, "ana", "csrf1", 100, &entry(20, "login", "user:ana"))
        .unwrap();
    let live = s.session(&t, 99).unwrap().unwrap();
    assert_eq!(
        (live.user.as_str(), live.role, live.csrf.as_str()),
        ("ana", Role::Viewer, "csrf1")
    );
    assert!(s.session(&t, 100).unwrap().is_none(), "expired");
    assert!(s.session(&[8; 32], 50).unwrap().is_none());
    s.end_session(&t, &entry(30, "logout", "user:ana")).unwrap();
    assert!(s.session(&t, 50).unwrap().is_none());

    s.put_api_token(&[9; 32], "ana", &entry(40, "token.add", "user:ana"))
        .unwrap();
    assert_eq!(
        s.token_user(&[9; 32]).unwrap(),
        Some(("ana".into(), Role::Viewer))
    );
    assert_eq!(s.token_user(&[1; 32]).unwrap(), None);
    // Every change was audited.
    let actions: Vec<String> = s
        .audit_entries(0, 10)
        .unwrap()
        .into_iter()
        .map(|e| e.action)
        .collect();
    assert_eq!(
        actions,
        ["user.add", "user.add", "login", "logout", "token.add"]
    );
}

#[test]
fn labels_notes_queue_and_posts() {
    let (_d, mut s) = store();
    let b = s.begin_batch("t0", &[]).unwrap();
    s.put_posts(
        b,
        &[
            new_post(
                "P1",
                "call 713",
                "call 713 555 0123, passport kept",
                Some("+17135550123"),
            ),
            new_post("P2", "hi", "call 713 555 0123", Some("+17135550123")),
            new_post("P3", "hey", "nothing", None),
            new_post("P4", "yo", "nothing else", None),
        ],
    )
    .unwrap();
    s.connection()
        .execute_batch(
            r#"INSERT INTO networks(id, size, risk, summary) VALUES
                 ('N000001', 2, 0.9, '{"network":"N000001"}'),
                 ('N000002', 2, 0.2, '{"network":"N000002"}');
               INSERT INTO memberships(post_id, network) VALUES
                 ('P1', 'N000001'), ('P2', 'N000001'), ('P3', 'N000002'), ('P4', 'N000002');"#,
        )
        .unwrap();
    fn ids(s: &Store, f: QueueFilter) -> Vec<String> {
        s.queue(&QueueFilter { limit: 10, ..f }, &Default::default())
            .unwrap()
            .into_iter()
            .map(|n| n.network.id)
            .collect()
    }
    assert_eq!(ids(&s, QueueFilter::default()), ["N000001", "N000002"]);
    assert_eq!(
        ids(
            &s,
            QueueFilter {
                indicator: Some("J004".into()),
                ..Default::default()
            }
        ),
        ["N000001"]
    );
    assert_eq!(
        ids(
            &s,
            QueueFilter {
                place: Some("houston".into()),
                ..Default::default()
            }
        ),
        ["N000001", "N000002"]
    );
    assert!(ids(
        &s,
        QueueFilter {
            place: Some("Paris".into()),
            ..Default::default()
        }
    )
    .is_empty());
    assert!(ids(
        &s,
        QueueFilter {
            min_size: Some(3),
            ..Default::default()
        }
    )
    .is_empty());

    let label = |c, score, at| LabelRow {
        network: "N000002".into(),
        category: c,
        score,
        user: "ana".into(),
        at,
    };
    s.put_label(
        &label(LabelCategory::Trafficking, 5, 1),
        &entry(1, "label", "network:N000002"),
    )
    .unwrap();
    s.put_label(
        &label(LabelCategory::Trafficking, 2, 2),
        &entry(2, "label", "network:N000002"),
    )
    .unwrap();
    s.put_label(
        &label(LabelCategory::Spam, 4, 3),
        &entry(3, "label", "network:N000002"),
    )
    .unwrap();
    let got: Vec<(LabelCategory, u8)> = s
        .labels("N000002")
        .unwrap()
        .into_iter()
        .map(|l| (l.category, l.score))
        .collect();
    assert_eq!(
        got,
        [(LabelCategory::Trafficking, 2), (LabelCategory::Spam, 4)]
    );
    assert_eq!(
        ids(
            &s,
            QueueFilter {
                label: Some(LabelStatus::Labelled),
                ..Default::default()
            }
        ),
        ["N000002"]
    );
    assert_eq!(
        ids(
            &s,
            QueueFilter {
                label: Some(LabelStatus::Unlabelled),
                ..Default::default()
            }
        ),
        ["N000001"]
    );
    assert_eq!(
        ids(
            &s,
            QueueFilter {
                label: Some(LabelStatus::Category(LabelCategory::Spam)),
                ..Default::default()
            }
        ),
        ["N000002"]
    );
    assert!(ids(
        &s,
        QueueFilter {
            label: Some(LabelStatus::Category(LabelCategory::Trafficking)),
            ..Default::default()
        }
    )
    .is_empty());
    // A score outside 1–5 is refused by the schema, and nothing is audited for it.
    let before = s.audit_entries(0, 100).unwrap().len();
    assert!(s
        .put_label(
            &label(LabelCategory::Scam, 6, 4),
            &entry(4, "label", "network:N000002")
        )
        .is_err());
    assert_eq!(s.audit_entries(0, 100).unwrap().len(), before);

    let id = s
        .put_note(
            "N000001",
            "ana",
            "seen <b>twice</b>",
            &entry(5, "note", "network:N000001"),
        )
        .unwrap();
    let notes = s.notes("N000001").unwrap();
    assert_eq!(
        (notes[0].id, notes[0].text.as_str()),
        (id, "seen <b>twice</b>")
    );

    assert_eq!(
        s.network("N000001").unwrap().unwrap().summary,
        r#"{"network":"N000001"}"#
    );
    assert!(s.network("N9").unwrap().is_none());
    let posts = s.network_posts("N000001", 10).unwrap();
    assert_eq!(
        posts.iter().map(|p| p.id.as_str()).collect::<Vec<_>>(),
        ["P1", "P2"]
    );
    let p = s.post("P1").unwrap().unwrap();
    assert_eq!(p.network.as_deref(), Some("N000001"));
    assert_eq!(p.selectors.len(), 1);
    assert_eq!(p.hits[0].code, "J004");
    assert!(s.post("nope").unwrap().is_none());
    assert!(matches!(
        s.verify_audit().unwrap(),
        AuditVerdict::Intact { entries: 4, .. }
    ));

    // Cases collect networks; their export view holds every post of every network.
    for (id, risk) in [("N000001", 0.9), ("N000002", 0.2)] {
        let summary = format!(
            r#"{{"network":"{id}","size":2,"risk":{risk},"first_seen":null,"last_seen":null,"locations":[],"movement":[],"selectors":[],"persons":[],"sites":[],"templates":[],"evidence":[],"guards":[]}}"#
        );
        s.connection()
            .execute(
                "UPDATE networks SET summary = ?1 WHERE id = ?2",
                [&summary, id],
            )
            .unwrap();
    }
    let case = s.create_case("Operation <Lily>", "ana", 6).unwrap();
    let add = |s: &mut Store, n: &str, at| {
        s.add_to_case(case, n, &entry(at, "case.add", &format!("case:{case}")))
            .unwrap()
    };
    assert!(add(&mut s, "N000002", 7));
    assert!(add(&mut s, "N000001", 8));
    assert!(!add(&mut s, "N000001", 9), "a network is in a case once");
    let c = s.case_file(case).unwrap().unwrap();
    assert_eq!(c.name, "Operation <Lily>");
    assert_eq!(c.networks, ["N000002", "N000001"]);
    assert_eq!(s.case_files().unwrap().len(), 1);
    assert!(s.case_file(case + 1).unwrap().is_none());
    assert_eq!(
        s.cases_holding("N000001").unwrap(),
        [(case, "Operation <Lily>".to_string())]
    );
    assert!(s.cases_holding("N000009").unwrap().is_empty());
    let view = s.case_of_networks(&c.networks).unwrap();
    let ids: Vec<&str> = view.posts.iter().map(|p| p.id.as_str()).collect();
    assert_eq!(ids, ["P1", "P2", "P3", "P4"], "riskiest first, ties by id");
    assert!(matches!(
        s.verify_audit().unwrap(),
        AuditVerdict::Intact { entries: 8, .. }
    ));
}

/// A network that shares a selector with one labelled Trafficking rises in the queue, with
/// the reason; an item many networks share (a support line) raises none of them.
#[test]
fn labels_feed_back_into_the_queue() {
    let (_d, mut s) = store();
    let b = s.begin_batch("t0", &[]).unwrap();
    let mut posts = vec![
        new_post("P1", "a", "call me", Some("+17135550101")),
        new_post("P2", "b", "call me", Some("+17135550101")),
        new_post("P3", "c", "call me", Some("+17135550101")),
        new_post("P4", "d", "hello", None),
        new_post("P5", "e", "hello", None),
        new_post("P6", "f", "hello", None),
    ];
    for i in 0..5 {
        posts.push(new_post(
            &format!("F{i}"),
            "g",
            "call me",
            Some("+18005550100"),
        ));
    }
    for p in &mut posts {
        p.images.clear();
    }
    s.put_posts(b, &posts).unwrap();
    let c = s.connection();
    // P1 also carries the support line the F posts carry.
    c.execute_batch(
        r#"INSERT INTO selectors(post, n, kind, value, field, start, "end")
           SELECT pk, 9, 'phone', '+18005550100', 'body', 0, 4 FROM posts WHERE id = 'P1';
           INSERT INTO networks(id, size, risk, summary) VALUES
             ('N000001', 2, 0.9, '{}'), ('N000002', 2, 0.2, '{}'), ('N000003', 2, 0.6, '{}');
           INSERT INTO memberships(post_id, network) VALUES
             ('P1', 'N000001'), ('P2', 'N000001'), ('P3', 'N000002'), ('P4', 'N000002'),
             ('P5', 'N000003'), ('P6', 'N000003');"#,
    )
    .unwrap();
    for i in 0..5 {
        c.execute_batch(&format!(
            "INSERT INTO networks(id, size, risk, summary) VALUES ('N00001{i}', 2, 0.5, '{{}}');
             INSERT INTO memberships(post_id, network) VALUES ('F{i}', 'N00001{i}');"
        ))
        .unwrap();
    }
    let order = |s: &Store| -> Vec<(String, f64)> {
        let boosts = s.label_boosts().unwrap();
        s.queue(
            &QueueFilter {
                limit: 4,
                ..Default::default()
            },
            &boosts,
        )
        .unwrap()
        .into_iter()
        .map(|e| (e.network.id, (e.priority * 100.0).round() / 100.0))
        .collect()
    };
    assert!(s.label_boosts().unwrap().is_empty());
    assert_eq!(
        order(&s)[..2],
        [("N000001".into(), 0.9), ("N000003".into(), 0.6)]
    );
    let key = s.label_boosts_key().unwrap();
    let label = LabelRow {
        network: "N000001".into(),
        category: LabelCategory::Trafficking,
        score: 5,
        user: "ana".into(),
        at: 1,
    };
    s.put_label(&label, &entry(1, "label", "network:N000001"))
        .unwrap();
    assert_ne!(
        s.label_boosts_key().unwrap(),
        key,
        "the cache key moves with labels"
    );
    let boosts = s.label_boosts().unwrap();
    assert_eq!(boosts.len(), 1, "{boosts:?}");
    let b = &boosts["N000002"];
    assert_eq!(
        (b.via.as_str(), b.shared.as_str(), b.score),
        ("N000001", "phone", 5)
    );
    assert_eq!(
        order(&s)[..3],
        [
            ("N000001".into(), 0.9),
            ("N000002".into(), 0.7),
            ("N000003".into(), 0.6)
        ]
    );
    // Pages are cut after the merge.
    let page: Vec<String> = s
        .queue(
            &QueueFilter {
                limit: 1,
                offset: 1,
                ..Default::default()
            },
            &boosts,
        )
        .unwrap()
        .into_iter()
        .map(|e| e.network.id)
        .collect();
    assert_eq!(page, ["N000002"]);
    // Filters still apply to raised networks.
    let filtered = s
        .queue(
            &QueueFilter {
                limit: 10,
                min_size: Some(3),
                ..Default::default()
            },
            &boosts,
        )
        .unwrap();
    assert!(filtered.is_empty());
    // A lower label takes the boost away.
    s.put_label(
        &LabelRow { score: 2, ..label },
        &entry(2, "label", "network:N000001"),
    )
    .unwrap();
    assert!(s.label_boosts().unwrap().is_empty());
}

/// "New since my last visit": networks with a post from a batch ingested after the batch the
/// person had seen when they last signed in; and the time filter.
#[test]
fn new_since_the_last_visit_and_by_time() {
    let (_d, mut s) = store();
    s.put_user(
        "ana",
        Role::Analyst,
        "$argon2id$x",
        &entry(1, "user.add", "user:ana"),
    )
    .unwrap();
    assert_eq!(
        s.record_visit("ana").unwrap(),
        0,
        "a first visit has seen nothing"
    );
    let b1 = s.begin_batch("t1", &[]).unwrap();
    s.put_posts(
        b1,
        &[
            new_post("P1", "a", "x", None),
            new_post("P2", "b", "y", None),
        ],
    )
    .unwrap();
    assert_eq!(s.record_visit("ana").unwrap(), 0);
    assert_eq!(s.visit_since("ana").unwrap(), 0);
    let b2 = s.begin_batch("t2", &[]).unwrap();
    let mut late = new_post("P3", "c", "z", None);
    late.posted_epoch = Some(1_800_000_000);
    s.put_posts(b2, &[late]).unwrap();
    assert_eq!(
        s.record_visit("ana").unwrap(),
        b1,
        "since the batch seen at the last sign-in"
    );
    assert_eq!(s.visit_since("ana").unwrap(), b1);
    assert_eq!(s.visit_since("nobody").unwrap(), 0);
    s.connection()
        .execute_batch(
            "INSERT INTO networks(id, size, risk, summary) VALUES ('N1', 2, 0.5, '{}'), ('N2', 1, 0.4, '{}');
             INSERT INTO memberships(post_id, network) VALUES ('P1', 'N1'), ('P2', 'N1'), ('P3', 'N2');",
        )
        .unwrap();
    let ids = |f: QueueFilter| -> Vec<String> {
        s.queue(&QueueFilter { limit: 10, ..f }, &Default::default())
            .unwrap()
            .into_iter()
            .map(|e| e.network.id)
            .collect()
    };
    assert_eq!(
        ids(QueueFilter {
            new_after_batch: Some(b1),
            ..Default::default()
        }),
        ["N2"]
    );
    assert_eq!(
        ids(QueueFilter {
            new_after_batch: Some(0),
            ..Default::default()
        }),
        ["N1", "N2"]
    );
    assert!(s.network_new_since("N2", b1).unwrap() && !s.network_new_since("N1", b1).unwrap());
    assert_eq!(
        ids(QueueFilter {
            from: Some(1_750_000_000),
            ..Default::default()
        }),
        ["N2"]
    );
    assert_eq!(
        ids(QueueFilter {
            to: Some(1_750_000_000),
            ..Default::default()
        }),
        ["N1"]
    );
}
