//! Arbitrary requests to the workspace server, through its router in process: any declared
//! route (or none), any path parameter and query, any body, as nobody, with an API token, or
//! with a signed-in session and its CSRF token. The server must answer every one without a
//! panic and without a 500: a bad request is a 4xx that says why, never an internal error.
//! The store is a small synthetic case made once per process (in a private temporary folder).
#![no_main]

use axum::body::Body;
use axum::http::{header, Method, Request, StatusCode};
use libfuzzer_sys::fuzz_target;
use plainsight_server::{route_table, router, App, Config, RouteDef, SESSION_COOKIE};
use std::sync::OnceLock;
use tower::ServiceExt;

struct World {
    _dir: tempfile::TempDir,
    app: App,
    routes: Vec<RouteDef>,
    token: String,
    session: String,
    csrf: String,
    rt: tokio::runtime::Runtime,
}

const PASSWORD: &str = "fuzzing password";

fn world() -> &'static World {
    static W: OnceLock<World> = OnceLock::new();
    W.get_or_init(|| {
        let dir = tempfile::tempdir().expect("temp folder");
        let path = dir.path().join("case.db");
        let mut jsonl = String::new();
        for (post, _) in plainsight_synth::generate(plainsight_synth::SynthConfig {
            seed: 5,
            posts: 60,
            ..Default::default()
        }) {
            jsonl.push_str(&serde_json::to_string(&post).expect("post"));
            jsonl.push('\n');
        }
        let mut store = plainsight_store::Store::open(&path).expect("store");
        let reader = plainsight_ingest::PostReader::from_reader(
            "fuzz.jsonl",
            std::io::Cursor::new(jsonl.into_bytes()),
            Default::default(),
        );
        let options = plainsight_engine::ingest::IngestOptions {
            now: "2026-01-01T00:00:00Z".into(),
            ..Default::default()
        };
        plainsight_engine::ingest::run(reader, &mut store, &options, &mut |_| {}, &mut |_| {})
            .expect("ingest");
        plainsight_server::add_user(
            &mut store,
            "ana",
            plainsight_store::Role::Analyst,
            PASSWORD,
            "fuzz",
            1_800_000_000,
        )
        .expect("user");
        let token = plainsight_server::add_token(&mut store, "ana", "fuzz", 1_800_000_000)
            .expect("token");
        drop(store);
        let app = App::open(
            &path,
            Config {
                connections: 1,
                ..Config::default()
            },
            std::sync::Arc::new(|| 1_800_000_100),
        )
        .expect("app");
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .expect("runtime");
        let (session, csrf, _) = rt
            .block_on(app.login("ana", PASSWORD, "127.0.0.1"))
            .expect("sign in");
        World {
            _dir: dir,
            app,
            routes: route_table(),
            token,
            session,
            csrf,
            rt,
        }
    })
}

/// Percent-encodes what a URI path or query may not hold as it is.
fn encode(bytes: &[u8], query: bool) -> String {
    let mut out = String::new();
    for &b in bytes {
        let plain = b.is_ascii_alphanumeric()
            || matches!(b, b'-' | b'_' | b'.' | b'~')
            || (query && matches!(b, b'=' | b'&' | b'+'));
        if plain {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

fuzz_target!(|data: &[u8]| {
    let [pick, mode, rest @ ..] = data else {
        return;
    };
    let w = world();
    // The parameter, the query and the body, cut at the first two NULs.
    let mut parts = rest.splitn(3, |&b| b == 0);
    let param = parts.next().unwrap_or_default();
    let query = parts.next().unwrap_or_default();
    let body = parts.next().unwrap_or_default().to_vec();
    let (method, path) = match w.routes.get(usize::from(*pick) % (w.routes.len() + 1)) {
        Some(r) => (r.method.clone(), r.path.replace("{id}", &encode(param, false))),
        None => (Method::GET, format!("/{}", encode(param, false))),
    };
    let mut uri = path;
    if !query.is_empty() {
        uri.push('?');
        uri.push_str(&encode(query, true));
    }
    let api = uri.starts_with("/api/");
    // Signing out would end the one session every later input shares: a token instead.
    let mode = if uri.contains("logout") && mode % 3 == 2 { 1 } else { *mode };
    let mut req = Request::builder().method(method).uri(&uri);
    req = match mode % 3 {
        0 => req,
        1 => req.header(header::AUTHORIZATION, format!("Bearer {}", w.token)),
        _ => req
            .header(header::COOKIE, format!("{SESSION_COOKIE}={}", w.session))
            .header("x-csrf-token", &w.csrf),
    };
    let content_type = match (mode / 3) % 3 {
        0 if api => "application/json",
        0 => "application/x-www-form-urlencoded",
        1 => "application/json",
        _ => "text/plain",
    };
    let mut body = body;
    // Forms signed in carry the session's CSRF field, so the handlers behind the gate are
    // reached with arbitrary fields.
    if mode % 3 == 2 && !api && content_type.starts_with("application/x-www") {
        let mut b = format!("csrf={}&", w.csrf).into_bytes();
        b.extend_from_slice(&body);
        body = b;
    }
    let Ok(req) = req
        .header(header::CONTENT_TYPE, content_type)
        .body(Body::from(body))
    else {
        return;
    };
    let status = w
        .rt
        .block_on(router(w.app.clone()).oneshot(req))
        .map(|r| r.status())
        .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    assert_ne!(status, StatusCode::INTERNAL_SERVER_ERROR, "{uri}");
});
