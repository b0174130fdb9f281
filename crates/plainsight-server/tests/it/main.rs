//! The workspace server over HTTP (in process, through the router): every route's denial
//! without a session, CSRF, sign-in and throttling, roles, masking and escaping, the audit
//! trail, the OpenAPI document against the route table, and the limits.

mod http;

use plainsight_core::Post;
use plainsight_server::{App, Config};
use plainsight_store::{Role, Store};
use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::Arc;

pub const PASSWORD: &str = "correct horse battery";

/// A case store ingested from a seeded synthetic corpus, plus one post written to break HTML
/// (`<script>` in title and body, a phone), and three people: `ana` (analyst), `vic`
/// (viewer), `adm` (admin).
pub struct Fixture {
    pub _dir: tempfile::TempDir,
    pub path: std::path::PathBuf,
    pub app: App,
    pub clock: Arc<AtomicI64>,
}

pub const T0: i64 = 1_800_000_000;

pub fn fixture(config: Config) -> Fixture {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("case.db");
    let mut jsonl = String::new();
    let corpus = plainsight_synth::generate(plainsight_synth::SynthConfig {
        seed: 11,
        posts: 120,
        ..Default::default()
    });
    for (post, _) in &corpus {
        jsonl.push_str(&serde_json::to_string(post).unwrap());
        jsonl.push('\n');
    }
    for id in ["XSS1", "XSS2"] {
        let evil = Post {
            id: id.into(),
            title: Some("<script>alert(1)</script> new girl".into()),
            body: Some(
                "<img src=x onerror=alert(2)> call 713-555-0199 now, \"quoted\" & 'single'".into(),
            ),
            location: Some("Houston, TX".into()),
            posted_at: Some("2024-03-01T10:00:00Z".into()),
            ..Post::default()
        };
        jsonl.push_str(&serde_json::to_string(&evil).unwrap());
        jsonl.push('\n');
    }
    {
        let mut store = Store::open(&path).unwrap();
        let reader = plainsight_ingest::PostReader::from_reader(
            "fixture.jsonl",
            std::io::Cursor::new(jsonl.into_bytes()),
            Default::default(),
        );
        let options = plainsight_engine::ingest::IngestOptions {
            now: "2026-01-01T00:00:00Z".into(),
            ..Default::default()
        };
        plainsight_engine::ingest::run(reader, &mut store, &options, &mut |_| {}, &mut |_| {})
            .unwrap();
        for (name, role) in [
            ("ana", Role::Analyst),
            ("vic", Role::Viewer),
            ("adm", Role::Admin),
        ] {
            plainsight_server::add_user(&mut store, name, role, PASSWORD, "test", T0).unwrap();
        }
    }
    let clock = Arc::new(AtomicI64::new(T0));
    let c = clock.clone();
    let app = App::open(
        &path,
        Config {
            connections: 2,
            ..config
        },
        Arc::new(move || c.load(Ordering::SeqCst)),
    )
    .unwrap();
    Fixture {
        _dir: dir,
        path,
        app,
        clock,
    }
}
