use super::{fixture, Fixture, PASSWORD, T0};
use axum::body::Body;
use axum::http::{header, Method, Request, StatusCode};
use axum::response::Response;
use plainsight_server::{route_table, Access, App, Config};
use plainsight_store::AuditVerdict;
use std::collections::BTreeSet;
use std::sync::atomic::Ordering;
use tower::ServiceExt;

async fn send(app: &App, req: Request<Body>) -> Response {
    plainsight_server::router(app.clone())
        .oneshot(req)
        .await
        .unwrap()
}

async fn text(resp: Response) -> String {
    let b = axum::body::to_bytes(resp.into_body(), 64 << 20)
        .await
        .unwrap();
    String::from_utf8(b.to_vec()).unwrap()
}

fn request(method: &Method, path: &str, cookie: Option<&str>, body: Body) -> Request<Body> {
    let mut b = Request::builder().method(method.clone()).uri(path);
    if let Some(c) = cookie {
        b = b.header(header::COOKIE, c);
    }
    b.body(body).unwrap()
}

fn form(path: &str, cookie: &str, fields: &[(&str, &str)]) -> Request<Body> {
    Request::builder()
        .method(Method::POST)
        .uri(path)
        .header(header::COOKIE, cookie)
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .body(Body::from(serde_urlencoded::to_string(fields).unwrap()))
        .unwrap()
}

fn json(
    method: Method,
    path: &str,
    cookie: Option<&str>,
    body: serde_json::Value,
) -> Request<Body> {
    let mut b = Request::builder()
        .method(method)
        .uri(path)
        .header(header::CONTENT_TYPE, "application/json");
    if let Some(c) = cookie {
        b = b.header(header::COOKIE, c);
    }
    b.body(Body::from(body.to_string())).unwrap()
}

/// Signs in through `POST /api/login`: (the `Cookie` header to send, the CSRF token).
async fn login(app: &App, name: &str) -> (String, String) {
    let resp = send(
        app,
        json(
            Method::POST,
            "/api/login",
            None,
            serde_json::json!({"name": name, "password": PASSWORD}),
        ),
    )
    .await;
    assert_eq!(resp.status(), StatusCode::OK);
    let set = resp.headers()[header::SET_COOKIE]
        .to_str()
        .unwrap()
        .to_string();
    for attr in ["HttpOnly", "SameSite=Strict", "Path=/"] {
        assert!(set.contains(attr), "{set}");
    }
    let cookie = set.split(';').next().unwrap().to_string();
    let v: serde_json::Value = serde_json::from_str(&text(resp).await).unwrap();
    (cookie, v["csrf"].as_str().unwrap().to_string())
}

/// Whether a tag of the markup holds an inline style or event handler attribute (` style=`,
/// ` onclick=` and the like); escaped text holds no `<`, so only real tags are read.
fn has_inline(page: &str) -> bool {
    page.split('<').skip(1).any(|tag| {
        let tag = tag.split('>').next().unwrap_or("");
        tag.contains(" style=")
            || tag.match_indices(" on").any(|(i, _)| {
                let rest = &tag[i + 3..];
                let name = rest.bytes().take_while(u8::is_ascii_lowercase).count();
                name > 0 && rest.as_bytes().get(name) == Some(&b'=')
            })
    })
}

/// A concrete path for a route pattern.
fn concrete(path: &str, id: &str) -> String {
    path.split('/')
        .map(|seg| if seg.starts_with('{') { id } else { seg })
        .collect::<Vec<_>>()
        .join("/")
}

/// The network of the two `<script>` posts (they share a phone).
async fn xss_network(f: &Fixture) -> String {
    let (cookie, _) = login(&f.app, "vic").await;
    let resp = send(
        &f.app,
        request(
            &Method::GET,
            "/api/v1/posts/XSS1",
            Some(&cookie),
            Body::empty(),
        ),
    )
    .await;
    let v: serde_json::Value = serde_json::from_str(&text(resp).await).unwrap();
    v["network"].as_str().unwrap().to_string()
}

fn audit_actions(f: &Fixture) -> Vec<(String, String, String, String)> {
    let store = plainsight_store::Store::open(&f.path).unwrap();
    store
        .audit_entries(0, 10_000)
        .unwrap()
        .into_iter()
        .map(|e| (e.user, e.action, e.object, e.detail))
        .collect()
}

/// Every route the router is built from, asked without a session (no cookie, a bogus cookie,
/// a bogus Bearer token): pages redirect to /login, the API answers 401. The public routes are
/// exactly the sign-in routes and the stylesheet.
#[tokio::test]
async fn every_route_is_denied_without_a_session() {
    let f = fixture(Config::default());
    let routes = route_table();
    let public: BTreeSet<(String, &str)> = routes
        .iter()
        .filter(|r| r.access == Access::Public)
        .map(|r| (r.method.to_string(), r.path))
        .collect();
    let expected: BTreeSet<(String, &str)> = [
        ("GET", "/login"),
        ("POST", "/login"),
        ("POST", "/api/login"),
        ("GET", "/assets/app.css"),
    ]
    .into_iter()
    .map(|(m, p)| (m.to_string(), p))
    .collect();
    assert_eq!(public, expected);
    let mut checked = 0;
    for r in routes.iter().filter(|r| r.access != Access::Public) {
        assert_eq!(
            r.access == Access::Api,
            r.path.starts_with("/api/"),
            "{} is declared with the wrong access",
            r.path
        );
        let path = concrete(r.path, "N000001");
        for auth in [None, Some("cookie"), Some("bearer")] {
            let mut b = Request::builder().method(r.method.clone()).uri(&path);
            match auth {
                Some("cookie") => {
                    b = b.header(header::COOKIE, format!("ps_session={}", "ab".repeat(32)))
                }
                Some("bearer") => b = b.header(header::AUTHORIZATION, "Bearer not-a-token"),
                _ => {}
            }
            let body = if r.method == Method::POST {
                b = b.header(header::CONTENT_TYPE, "application/json");
                Body::from("{}")
            } else {
                Body::empty()
            };
            let resp = send(&f.app, b.body(body).unwrap()).await;
            match r.access {
                Access::Page => {
                    assert_eq!(
                        resp.status(),
                        StatusCode::SEE_OTHER,
                        "{} {path} {auth:?}",
                        r.method
                    );
                    assert_eq!(resp.headers()[header::LOCATION], "/login");
                }
                _ => {
                    assert_eq!(
                        resp.status(),
                        StatusCode::UNAUTHORIZED,
                        "{} {path} {auth:?}",
                        r.method
                    );
                    let body = text(resp).await;
                    assert!(body.contains("\"unauthenticated\""), "{body}");
                }
            }
            checked += 1;
        }
    }
    assert!(checked >= 3 * 20, "only {checked} checks");
    // Paths no route serves are denied the same way.
    for (path, status) in [
        ("/nothing/here", StatusCode::SEE_OTHER),
        ("/api/v1/nothing", StatusCode::UNAUTHORIZED),
        ("/api/v2/networks", StatusCode::UNAUTHORIZED),
    ] {
        let resp = send(&f.app, request(&Method::GET, path, None, Body::empty())).await;
        assert_eq!(resp.status(), status, "{path}");
    }
    // With a session they exist (or are 404).
    let (cookie, _) = login(&f.app, "vic").await;
    let resp = send(
        &f.app,
        request(&Method::GET, "/nothing/here", Some(&cookie), Body::empty()),
    )
    .await;
    assert_eq!(resp.status(), StatusCode::NOT_FOUND);
    // Nothing was viewed by anyone without a session.
    assert!(audit_actions(&f)
        .iter()
        .all(|(_, a, _, _)| a != "view" && a != "search"));
}

/// Every state-changing page route refuses a form without the session's CSRF token or with a
/// wrong one, and changes nothing; the API refuses a cookie request without the header.
#[tokio::test]
async fn csrf_is_checked_on_every_state_changing_request() {
    let f = fixture(Config::default());
    let net = xss_network(&f).await;
    let (cookie, csrf) = login(&f.app, "adm").await;
    let before = audit_actions(&f).len();
    for r in route_table()
        .into_iter()
        .filter(|r| r.access == Access::Page && r.method == Method::POST)
    {
        let path = concrete(r.path, &net);
        for token in [None, Some("0".repeat(64)), Some(csrf[..63].to_string())] {
            let mut fields = vec![
                ("reason", "checking the phone for a referral"),
                ("category", "trafficking"),
                ("score", "5"),
                ("text", "a note"),
                ("name", "eve"),
                ("role", "admin"),
                ("password", "long enough password"),
            ];
            if let Some(t) = &token {
                fields.push(("csrf", t));
            }
            let resp = send(&f.app, form(&path, &cookie, &fields)).await;
            assert_eq!(
                resp.status(),
                StatusCode::FORBIDDEN,
                "POST {path} with {token:?}"
            );
            assert!(text(resp).await.contains("CSRF"));
        }
    }
    assert_eq!(
        audit_actions(&f).len(),
        before,
        "a refused request changed something"
    );
    // The right token goes through.
    let resp = send(
        &f.app,
        form(
            &format!("/networks/{net}/label"),
            &cookie,
            &[("csrf", &csrf), ("category", "scam"), ("score", "4")],
        ),
    )
    .await;
    assert_eq!(resp.status(), StatusCode::SEE_OTHER);
    // The API with a cookie needs the header; with a Bearer token it does not.
    let body = serde_json::json!({"category": "spam", "score": 2});
    let path = format!("/api/v1/networks/{net}/labels");
    let resp = send(
        &f.app,
        json(Method::POST, &path, Some(&cookie), body.clone()),
    )
    .await;
    assert_eq!(resp.status(), StatusCode::FORBIDDEN);
    let mut req = json(Method::POST, &path, Some(&cookie), body.clone());
    req.headers_mut()
        .insert("x-csrf-token", csrf.parse().unwrap());
    assert_eq!(send(&f.app, req).await.status(), StatusCode::NO_CONTENT);
    let token = {
        let mut store = plainsight_store::Store::open(&f.path).unwrap();
        plainsight_server::add_token(&mut store, "ana", "test", T0).unwrap()
    };
    let mut req = json(Method::POST, &path, None, body);
    req.headers_mut().insert(
        header::AUTHORIZATION,
        format!("Bearer {token}").parse().unwrap(),
    );
    assert_eq!(send(&f.app, req).await.status(), StatusCode::NO_CONTENT);
    let labels: Vec<String> = audit_actions(&f)
        .into_iter()
        .filter(|(_, a, _, _)| a == "label")
        .map(|(u, _, _, d)| format!("{u} {d}"))
        .collect();
    assert_eq!(labels, ["adm scam=4", "adm spam=2", "ana spam=2"]);
}

/// The sign-in form (its own double-submit token), wrong passwords, throttling per name,
/// session expiry and sign-out.
#[tokio::test]
async fn sign_in_throttling_expiry_and_sign_out() {
    let f = fixture(Config::default());
    let resp = send(&f.app, request(&Method::GET, "/login", None, Body::empty())).await;
    assert_eq!(resp.status(), StatusCode::OK);
    let set = resp.headers()[header::SET_COOKIE]
        .to_str()
        .unwrap()
        .to_string();
    let login_cookie = set.split(';').next().unwrap().to_string();
    let token = login_cookie.split_once('=').unwrap().1.to_string();
    let page = text(resp).await;
    assert!(page.contains(&token));
    // Without the form's token: refused.
    let resp = send(
        &f.app,
        form(
            "/login",
            &login_cookie,
            &[("name", "ana"), ("password", PASSWORD)],
        ),
    )
    .await;
    assert_eq!(resp.status(), StatusCode::FORBIDDEN);
    let resp = send(
        &f.app,
        form(
            "/login",
            &login_cookie,
            &[("name", "ana"), ("password", PASSWORD), ("csrf", &token)],
        ),
    )
    .await;
    assert_eq!(resp.status(), StatusCode::SEE_OTHER);
    assert_eq!(resp.headers()[header::LOCATION], "/");
    let session = resp.headers()[header::SET_COOKIE]
        .to_str()
        .unwrap()
        .to_string();
    assert!(
        session.contains("HttpOnly")
            && session.contains("SameSite=Strict")
            && session.contains("Path=/")
    );
    let cookie = session.split(';').next().unwrap().to_string();
    let resp = send(
        &f.app,
        request(&Method::GET, "/", Some(&cookie), Body::empty()),
    )
    .await;
    assert_eq!(resp.status(), StatusCode::OK);

    // Five wrong passwords for a name, then even the right one is refused for a while.
    for _ in 0..5 {
        let resp = send(
            &f.app,
            json(
                Method::POST,
                "/api/login",
                None,
                serde_json::json!({"name": "vic", "password": "wrong password"}),
            ),
        )
        .await;
        assert_eq!(resp.status(), StatusCode::UNAUTHORIZED);
    }
    let resp = send(
        &f.app,
        json(
            Method::POST,
            "/api/login",
            None,
            serde_json::json!({"name": "vic", "password": PASSWORD}),
        ),
    )
    .await;
    assert_eq!(resp.status(), StatusCode::TOO_MANY_REQUESTS);
    f.clock.fetch_add(15 * 60, Ordering::SeqCst);
    login(&f.app, "vic").await;
    // An unknown name is refused like a wrong password.
    let resp = send(
        &f.app,
        json(
            Method::POST,
            "/api/login",
            None,
            serde_json::json!({"name": "nobody", "password": PASSWORD}),
        ),
    )
    .await;
    assert_eq!(resp.status(), StatusCode::UNAUTHORIZED);

    // Sessions expire.
    let (cookie, csrf) = login(&f.app, "ana").await;
    f.clock.fetch_add(8 * 3600 - 1, Ordering::SeqCst);
    let resp = send(
        &f.app,
        request(&Method::GET, "/", Some(&cookie), Body::empty()),
    )
    .await;
    assert_eq!(resp.status(), StatusCode::OK);
    f.clock.fetch_add(1, Ordering::SeqCst);
    let resp = send(
        &f.app,
        request(&Method::GET, "/", Some(&cookie), Body::empty()),
    )
    .await;
    assert_eq!(resp.status(), StatusCode::SEE_OTHER);

    // Sign-out ends the session.
    let (cookie, csrf2) = login(&f.app, "ana").await;
    assert_ne!(csrf, csrf2, "each session has its own CSRF token");
    let resp = send(&f.app, form("/logout", &cookie, &[("csrf", &csrf2)])).await;
    assert_eq!(resp.status(), StatusCode::SEE_OTHER);
    assert_eq!(resp.headers()[header::LOCATION], "/login");
    let resp = send(
        &f.app,
        request(&Method::GET, "/api/v1/me", Some(&cookie), Body::empty()),
    )
    .await;
    assert_eq!(resp.status(), StatusCode::UNAUTHORIZED);
    let actions: Vec<String> = audit_actions(&f)
        .into_iter()
        .map(|(_, a, _, _)| a)
        .collect();
    assert!(actions.contains(&"login.failed".to_string()));
    assert!(actions.contains(&"logout".to_string()));
}

/// Viewers see masked data and cannot reveal, label or manage people; analysts reveal with a
/// reason (audited with it); `<script>` in a post is escaped on every page; views, searches,
/// labels, notes and exports are audited; the audit chain stays intact.
#[tokio::test]
async fn roles_masking_escaping_and_the_audit_trail() {
    let f = fixture(Config::default());
    let net = xss_network(&f).await;
    let (vic, vcsrf) = login(&f.app, "vic").await;
    let (ana, acsrf) = login(&f.app, "ana").await;
    let get = |path: String, cookie: String| {
        let app = f.app.clone();
        async move {
            let resp = send(
                &app,
                request(&Method::GET, &path, Some(&cookie), Body::empty()),
            )
            .await;
            (resp.status(), text(resp).await)
        }
    };
    for path in [
        format!("/networks/{net}"),
        "/posts/XSS1".to_string(),
        "/search?by=text&q=girl".to_string(),
        "/".to_string(),
    ] {
        let (status, page) = get(path.clone(), vic.clone()).await;
        assert_eq!(status, StatusCode::OK, "{path}");
        assert!(!page.contains("<script"), "{path} is not escaped");
        // The Content-Security-Policy allows no inline style or script: a page that used one
        // would be drawn wrong.
        assert!(!has_inline(&page), "{path} has inline style or handlers");
        assert!(!page.contains("<img src=x"), "{path} is not escaped");
        assert!(
            !page.contains("713-555-0199") && !page.contains("7135550199"),
            "{path} shows the phone to a viewer"
        );
    }
    let (_, post) = get("/posts/XSS1".into(), vic.clone()).await;
    assert!(post.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(post.contains("&lt;img src=x onerror=alert(2)&gt;"));
    assert!(post.contains(r#"<mark class="sel" title="phone">"#));
    assert!(
        !post.contains(r#"id="reveal""#),
        "a viewer is offered a reveal"
    );
    // A viewer cannot reveal, label, note or manage people.
    for (path, fields) in [
        (
            format!("/networks/{net}/reveal"),
            vec![("reason", "a long enough reason")],
        ),
        (
            "/posts/XSS1/reveal".to_string(),
            vec![("reason", "a long enough reason")],
        ),
        (
            format!("/networks/{net}/label"),
            vec![("category", "spam"), ("score", "1")],
        ),
        (format!("/networks/{net}/note"), vec![("text", "x")]),
        (
            "/admin/users".to_string(),
            vec![
                ("name", "eve"),
                ("role", "admin"),
                ("password", "long enough password"),
            ],
        ),
    ] {
        let mut fields = fields;
        fields.push(("csrf", &vcsrf));
        let resp = send(&f.app, form(&path, &vic, &fields)).await;
        assert_eq!(resp.status(), StatusCode::FORBIDDEN, "{path}");
    }
    let (status, _) = get("/admin/audit".into(), ana.clone()).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    // An analyst reveals with a reason; too short a reason is refused.
    let resp = send(
        &f.app,
        form(
            "/posts/XSS1/reveal",
            &ana,
            &[("csrf", &acsrf), ("reason", "why")],
        ),
    )
    .await;
    assert_eq!(resp.status(), StatusCode::BAD_REQUEST);
    let resp = send(
        &f.app,
        form(
            "/posts/XSS1/reveal",
            &ana,
            &[("csrf", &acsrf), ("reason", "case 42: referral to police")],
        ),
    )
    .await;
    assert_eq!(resp.status(), StatusCode::OK);
    let page = text(resp).await;
    assert!(page.contains("713-555-0199"), "the reveal shows the phone");
    assert!(page.contains("&lt;script&gt;"));
    let resp = send(
        &f.app,
        form(
            &format!("/networks/{net}/reveal"),
            &ana,
            &[("csrf", &acsrf), ("reason", "case 42: referral to police")],
        ),
    )
    .await;
    assert_eq!(resp.status(), StatusCode::OK);
    assert!(text(resp).await.contains("+17135550199"));
    // Label, note, export, search.
    let resp = send(
        &f.app,
        form(
            &format!("/networks/{net}/label"),
            &ana,
            &[
                ("csrf", &acsrf),
                ("category", "trafficking"),
                ("score", "5"),
            ],
        ),
    )
    .await;
    assert_eq!(resp.status(), StatusCode::SEE_OTHER);
    let resp = send(
        &f.app,
        form(
            &format!("/networks/{net}/label"),
            &ana,
            &[
                ("csrf", &acsrf),
                ("category", "trafficking"),
                ("score", "9"),
            ],
        ),
    )
    .await;
    assert_eq!(resp.status(), StatusCode::BAD_REQUEST);
    let resp = send(
        &f.app,
        form(
            &format!("/networks/{net}/note"),
            &ana,
            &[("csrf", &acsrf), ("text", "<b>same phone</b> as case 41")],
        ),
    )
    .await;
    assert_eq!(resp.status(), StatusCode::SEE_OTHER);
    let (_, page) = get(format!("/networks/{net}"), vic.clone()).await;
    assert!(page.contains("Trafficking 5/5"));
    assert!(page.contains("&lt;b&gt;same phone&lt;/b&gt;"));
    let (status, csv) = get(format!("/networks/{net}/export?format=csv"), vic.clone()).await;
    assert_eq!(status, StatusCode::OK);
    assert!(csv.starts_with("id,network"), "{csv}");
    assert!(csv.contains("XSS1") && !csv.contains("7135550199"));
    let (status, _) = get(format!("/networks/{net}/export?format=pdf"), vic.clone()).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    let (_, page) = get(
        "/search?by=selector&q=seven+one+three+555+0199".into(),
        vic.clone(),
    )
    .await;
    assert!(page.contains("XSS1") && page.contains("XSS2"), "{page}");
    // The queue filters by label.
    let (_, page) = get("/?label=trafficking".into(), vic.clone()).await;
    assert!(page.contains(&format!(">{net}<")));
    let (_, page) = get("/?label=unlabelled".into(), vic.clone()).await;
    assert!(!page.contains(&format!(">{net}<")));
    let (status, _) = get("/?min_size=lots".into(), vic.clone()).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);

    let log = audit_actions(&f);
    let has = |user: &str, action: &str, object: &str, detail: &str| {
        log.iter()
            .any(|(u, a, o, d)| u == user && a == action && o == object && d.contains(detail))
    };
    assert!(has("vic", "view", &format!("network:{net}"), ""));
    assert!(has("vic", "view", "post:XSS1", ""));
    assert!(has(
        "ana",
        "reveal",
        "post:XSS1",
        "case 42: referral to police"
    ));
    assert!(has("ana", "reveal", &format!("network:{net}"), "case 42"));
    assert!(has(
        "ana",
        "label",
        &format!("network:{net}"),
        "trafficking=5"
    ));
    assert!(has("ana", "note", &format!("network:{net}"), ""));
    assert!(has(
        "vic",
        "export",
        &format!("network:{net}"),
        "format=csv"
    ));
    assert!(has("vic", "search", "store", "by=text q=girl"));
    assert!(has("vic", "search", "store", "by=selector sha256="));
    // The log never holds the searched or revealed number, nor post text.
    for (_, _, o, d) in &log {
        assert!(!d.contains("555") && !o.contains("555"), "{d}");
        assert!(!d.contains("script"));
    }
    let store = plainsight_store::Store::open(&f.path).unwrap();
    assert!(matches!(
        store.verify_audit().unwrap(),
        AuditVerdict::Intact { .. }
    ));
}

/// `/api/openapi.json` lists exactly the API routes of the route table; the JSON API returns
/// the pages' view models; scan reads a post.
#[tokio::test]
async fn the_api_document_matches_the_routes_and_scan_works() {
    let f = fixture(Config::default());
    let (cookie, _) = login(&f.app, "vic").await;
    let resp = send(
        &f.app,
        request(
            &Method::GET,
            "/api/openapi.json",
            Some(&cookie),
            Body::empty(),
        ),
    )
    .await;
    assert_eq!(resp.status(), StatusCode::OK);
    let doc: serde_json::Value = serde_json::from_str(&text(resp).await).unwrap();
    assert_eq!(doc["openapi"], "3.0.3");
    let mut documented = BTreeSet::new();
    for (path, ops) in doc["paths"].as_object().unwrap() {
        for (method, op) in ops.as_object().unwrap() {
            documented.insert((method.to_uppercase(), path.clone()));
            let params = path.matches('{').count();
            assert_eq!(
                op["parameters"].as_array().map_or(0, Vec::len),
                params,
                "{path}"
            );
        }
    }
    let routed: BTreeSet<(String, String)> = route_table()
        .into_iter()
        .filter(|r| r.path.starts_with("/api/"))
        .map(|r| (r.method.to_string(), r.path.to_string()))
        .collect();
    assert_eq!(documented, routed);

    let resp = send(
        &f.app,
        request(
            &Method::GET,
            "/api/v1/networks?indicator=&place=&label=",
            Some(&cookie),
            Body::empty(),
        ),
    )
    .await;
    assert_eq!(resp.status(), StatusCode::OK);
    let q: serde_json::Value = serde_json::from_str(&text(resp).await).unwrap();
    let nets = q["networks"].as_array().unwrap();
    assert!(!nets.is_empty());
    let order: Vec<f64> = nets
        .iter()
        .map(|n| n["priority"].as_f64().unwrap())
        .collect();
    assert!(
        order.windows(2).all(|w| w[0] >= w[1]),
        "the queue is in priority order"
    );
    for n in nets {
        assert!(n["priority"].as_f64() >= n["risk"].as_f64());
    }

    let body = serde_json::json!({"id": "q1", "body": "new in town, call 713-555-0199, passport kept by agency"});
    let mut req = json(Method::POST, "/api/v1/scan", Some(&cookie), body);
    let (_, csrf) = login(&f.app, "vic").await;
    let _ = csrf;
    // A cookie session needs the CSRF header for a POST, even a read-only one.
    assert_eq!(send(&f.app, req).await.status(), StatusCode::FORBIDDEN);
    let token = {
        let mut store = plainsight_store::Store::open(&f.path).unwrap();
        plainsight_server::add_token(&mut store, "vic", "test", T0).unwrap()
    };
    req = json(
        Method::POST,
        "/api/v1/scan",
        None,
        serde_json::json!({"id": "q1", "body": "new in town, call 713-555-0199, your passport is kept by the agency", "location": "Houston, TX"}),
    );
    req.headers_mut().insert(
        header::AUTHORIZATION,
        format!("Bearer {token}").parse().unwrap(),
    );
    let resp = send(&f.app, req).await;
    assert_eq!(resp.status(), StatusCode::OK);
    let v: serde_json::Value = serde_json::from_str(&text(resp).await).unwrap();
    assert_eq!(v["selectors"][0]["value"], "+17135550199");
    assert!(v["risk"].as_f64().unwrap() > 0.5, "{v}");
    assert!(!v["reasons"].as_array().unwrap().is_empty());
    let xss_net = xss_network(&f).await;
    assert_eq!(v["networks"], serde_json::json!([xss_net]));
    // Photo matches: a stored post's photo with three bits flipped is found, nearest first.
    let (post_id, hex): (String, String) = {
        let store = plainsight_store::Store::open(&f.path).unwrap();
        store
            .connection()
            .query_row(
                "SELECT p.id, lower(hex(i.pdq)) FROM image_hashes i JOIN posts p ON p.pk = i.post \
                 WHERE p.current = 1 ORDER BY p.pk LIMIT 1",
                [],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .unwrap()
    };
    let mut flipped = plainsight_core::PdqHash::from_hex(&hex).unwrap();
    flipped.0[0] ^= 0b1011;
    let mut req = json(
        Method::POST,
        "/api/v1/scan",
        None,
        serde_json::json!({"id": "q2", "body": "hello", "image_hashes": [flipped.to_hex()]}),
    );
    req.headers_mut().insert(
        header::AUTHORIZATION,
        format!("Bearer {token}").parse().unwrap(),
    );
    let resp = send(&f.app, req).await;
    assert_eq!(resp.status(), StatusCode::OK);
    let v: serde_json::Value = serde_json::from_str(&text(resp).await).unwrap();
    let matches = v["photo_matches"].as_array().unwrap();
    assert!(
        matches
            .iter()
            .any(|m| m["post"] == post_id.as_str() && m["distance"] == 3),
        "{matches:?}"
    );
    let d: Vec<u64> = matches
        .iter()
        .map(|m| m["distance"].as_u64().unwrap())
        .collect();
    assert!(d.windows(2).all(|w| w[0] <= w[1]) && d.iter().all(|&d| d <= 31));
    let mut req = json(
        Method::POST,
        "/api/v1/scan",
        None,
        serde_json::json!({"id": "q3", "body": "hello", "image_hashes": ["not hex"]}),
    );
    req.headers_mut().insert(
        header::AUTHORIZATION,
        format!("Bearer {token}").parse().unwrap(),
    );
    assert_eq!(send(&f.app, req).await.status(), StatusCode::BAD_REQUEST);
    // Bad JSON is a client error, not a crash.
    let mut req = json(
        Method::POST,
        "/api/v1/scan",
        None,
        serde_json::json!({"body": 5}),
    );
    req.headers_mut().insert(
        header::AUTHORIZATION,
        format!("Bearer {token}").parse().unwrap(),
    );
    assert!(send(&f.app, req).await.status().is_client_error());
}

/// Bodies past the limit are refused with 413; past the in-flight capacity the server
/// answers 503 at once instead of queueing.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn body_limit_and_load_shedding() {
    let f = fixture(Config {
        max_body: 4096,
        max_in_flight: 1,
        ..Config::default()
    });
    let big = "x".repeat(10_000);
    let req = json(
        Method::POST,
        "/api/login",
        None,
        serde_json::json!({"name": big, "password": "p"}),
    );
    assert_eq!(
        send(&f.app, req).await.status(),
        StatusCode::PAYLOAD_TOO_LARGE
    );

    // One router (the in-flight limit is the router's, as when served).
    let router = plainsight_server::router(f.app.clone());
    let guards = f.app.hold_stores();
    // This request waits for a store connection, holding the only in-flight slot. It may
    // itself be shed if it arrives while one of the probes below holds the slot; then it is
    // sent again, so the test does not depend on how the two tasks are scheduled.
    let stuck_request = |r: axum::Router| {
        tokio::spawn(async move {
            r.oneshot(request(
                &Method::GET,
                "/",
                Some("ps_session=00"),
                Body::empty(),
            ))
            .await
            .unwrap()
            .status()
        })
    };
    let mut stuck = stuck_request(router.clone());
    let mut shed = false;
    for _ in 0..20_000 {
        if stuck.is_finished() {
            let status = stuck.await.unwrap();
            assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE);
            stuck = stuck_request(router.clone());
        }
        let resp = router
            .clone()
            .oneshot(request(
                &Method::GET,
                "/assets/app.css",
                None,
                Body::empty(),
            ))
            .await
            .unwrap();
        if resp.status() == StatusCode::SERVICE_UNAVAILABLE {
            assert_eq!(resp.headers()[header::RETRY_AFTER], "1");
            shed = true;
            break;
        }
        assert_eq!(resp.status(), StatusCode::OK);
        tokio::time::sleep(std::time::Duration::from_millis(1)).await;
    }
    assert!(shed, "a request past capacity was not answered 503");
    drop(guards);
    assert_eq!(stuck.await.unwrap(), StatusCode::SEE_OTHER);
    let resp = send(
        &f.app,
        request(&Method::GET, "/assets/app.css", None, Body::empty()),
    )
    .await;
    assert_eq!(resp.status(), StatusCode::OK);
}

/// docs/workspace.md documents every route the router serves.
#[test]
fn the_documentation_names_every_route() {
    let doc = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../docs/workspace.md"),
    )
    .unwrap();
    for r in route_table() {
        assert!(
            doc.contains(&format!("{} {}", r.method, r.path))
                || doc.contains(&format!("`{}`", r.path))
                || doc.contains(&format!(", `{} {}`", r.method, r.path)),
            "docs/workspace.md does not mention {} {}",
            r.method,
            r.path
        );
    }
}

/// Analysts open cases and collect networks in them; everyone can read and export a case (its
/// networks' posts, masked); viewers cannot open or change one; each step is audited.
#[tokio::test]
async fn cases_collect_networks_and_export_them() {
    let f = fixture(Config::default());
    let xss = xss_network(&f).await;
    let (ana, csrf) = login(&f.app, "ana").await;
    let (vic, vcsrf) = login(&f.app, "vic").await;
    let resp = send(
        &f.app,
        form("/cases", &vic, &[("csrf", &vcsrf), ("name", "x")]),
    )
    .await;
    assert_eq!(resp.status(), StatusCode::FORBIDDEN);
    let resp = send(
        &f.app,
        form(
            "/cases",
            &ana,
            &[("csrf", &csrf), ("name", "<b>Op Lily</b>")],
        ),
    )
    .await;
    assert_eq!(resp.status(), StatusCode::SEE_OTHER);
    let case_url = resp.headers()[header::LOCATION]
        .to_str()
        .unwrap()
        .to_string();
    let id = case_url.trim_start_matches("/cases/").to_string();
    // The riskiest network and the <script> one go in.
    let resp = send(
        &f.app,
        request(&Method::GET, "/api/v1/networks", Some(&ana), Body::empty()),
    )
    .await;
    let q: serde_json::Value = serde_json::from_str(&text(resp).await).unwrap();
    let top = q["networks"][0]["id"].as_str().unwrap().to_string();
    for net in [&top, &xss] {
        let resp = send(
            &f.app,
            form(
                &format!("/networks/{net}/case"),
                &ana,
                &[("csrf", &csrf), ("case", &id)],
            ),
        )
        .await;
        assert_eq!(resp.status(), StatusCode::SEE_OTHER, "{net}");
    }
    let resp = send(
        &f.app,
        form(
            &format!("/networks/{top}/case"),
            &vic,
            &[("csrf", &vcsrf), ("case", &id)],
        ),
    )
    .await;
    assert_eq!(resp.status(), StatusCode::FORBIDDEN);
    let resp = send(
        &f.app,
        form(
            &format!("/networks/{top}/case"),
            &ana,
            &[("csrf", &csrf), ("case", "999")],
        ),
    )
    .await;
    assert_eq!(resp.status(), StatusCode::NOT_FOUND);
    let resp = send(
        &f.app,
        request(&Method::GET, &case_url, Some(&vic), Body::empty()),
    )
    .await;
    assert_eq!(resp.status(), StatusCode::OK);
    let page = text(resp).await;
    assert!(page.contains("&lt;b&gt;Op Lily&lt;/b&gt;") && !page.contains("<b>Op"));
    assert!(page.contains(&format!(">{top}<")) && page.contains(&format!(">{xss}<")));
    let resp = send(
        &f.app,
        request(
            &Method::GET,
            &format!("/networks/{xss}"),
            Some(&vic),
            Body::empty(),
        ),
    )
    .await;
    assert!(text(resp).await.contains(&format!(r#"href="/cases/{id}""#)));
    // The export holds every post of both networks, masked.
    let resp = send(
        &f.app,
        request(
            &Method::GET,
            &format!("{case_url}/export?format=csv"),
            Some(&vic),
            Body::empty(),
        ),
    )
    .await;
    assert_eq!(resp.status(), StatusCode::OK);
    assert!(resp.headers()[header::CONTENT_DISPOSITION]
        .to_str()
        .unwrap()
        .contains(&format!("case-{id}.csv")));
    let csv = text(resp).await;
    let rows: Vec<&str> = csv.lines().skip(1).collect();
    assert!(rows.iter().any(|r| r.starts_with("XSS1,")) && rows.iter().any(|r| r.contains(&top)));
    assert!(rows.iter().all(|r| r.contains(&top) || r.contains(&xss)));
    assert!(!csv.contains("7135550199"));
    // The API gives the same.
    let resp = send(
        &f.app,
        request(
            &Method::GET,
            &format!("/api/v1/cases/{id}"),
            Some(&vic),
            Body::empty(),
        ),
    )
    .await;
    let v: serde_json::Value = serde_json::from_str(&text(resp).await).unwrap();
    assert_eq!(v["networks"].as_array().unwrap().len(), 2);
    let log = audit_actions(&f);
    let has = |user: &str, action: &str, object: &str| {
        log.iter()
            .any(|(u, a, o, _)| u == user && a == action && o == object)
    };
    let object = format!("case:{id}");
    assert!(has("ana", "case.create", &object));
    assert!(has("ana", "case.add", &object));
    assert!(has("vic", "view", &object));
    assert!(has("vic", "export", &object));
}

/// The queue's "new since my last visit" (posts ingested after the batch the person had seen
/// at their previous sign-in) and time filters.
#[tokio::test]
async fn the_queue_shows_what_is_new_since_the_last_visit() {
    let f = fixture(Config::default());
    let xss = xss_network(&f).await; // vic's first sign-in: everything is new
    let ids = |v: serde_json::Value| -> Vec<String> {
        v["networks"]
            .as_array()
            .unwrap()
            .iter()
            .map(|n| n["id"].as_str().unwrap().to_string())
            .collect()
    };
    let queue = |cookie: String, query: &'static str| {
        let app = f.app.clone();
        async move {
            let resp = send(
                &app,
                request(
                    &Method::GET,
                    &format!("/api/v1/networks?{query}"),
                    Some(&cookie),
                    Body::empty(),
                ),
            )
            .await;
            assert_eq!(resp.status(), StatusCode::OK, "{query}");
            serde_json::from_str::<serde_json::Value>(&text(resp).await).unwrap()
        }
    };
    let (vic, _) = login(&f.app, "vic").await;
    let all = ids(queue(vic.clone(), "").await);
    assert!(all.len() > 2);
    // A new batch: one post that joins the <script> network through its phone.
    {
        let mut store = plainsight_store::Store::open(&f.path).unwrap();
        let post = plainsight_core::Post {
            id: "XSS3".into(),
            body: Some("back again, call 713-555-0199".into()),
            location: Some("Houston, TX".into()),
            posted_at: Some("2024-03-05T10:00:00Z".into()),
            ..Default::default()
        };
        let reader = plainsight_ingest::PostReader::from_reader(
            "more.jsonl",
            std::io::Cursor::new(serde_json::to_string(&post).unwrap().into_bytes()),
            Default::default(),
        );
        let options = plainsight_engine::ingest::IngestOptions {
            now: "2026-01-02T00:00:00Z".into(),
            ..Default::default()
        };
        plainsight_engine::ingest::run(reader, &mut store, &options, &mut |_| {}, &mut |_| {})
            .unwrap();
    }
    // vic's previous sign-in had seen the first batch: the new one shows at once.
    assert_eq!(ids(queue(vic.clone(), "new=1").await), [xss.as_str()]);
    let (vic, _) = login(&f.app, "vic").await;
    let v = queue(vic.clone(), "new=1").await;
    assert_eq!(ids(v.clone()), [xss.as_str()]);
    assert_eq!(v["networks"][0]["new"], true);
    let v = queue(vic.clone(), "").await;
    assert!(v["networks"]
        .as_array()
        .unwrap()
        .iter()
        .all(|n| n["new"] == (n["id"] == xss.as_str())));
    let page = text(
        send(
            &f.app,
            request(&Method::GET, "/?new=1", Some(&vic), Body::empty()),
        )
        .await,
    )
    .await;
    assert!(page.contains(r#"<span class="new">new</span>"#) && page.contains(" checked"));
    // Once signed in after having seen it, it is no longer new.
    let (later, _) = login(&f.app, "vic").await;
    assert!(ids(queue(later, "new=1").await).is_empty());
    // A person who has not signed in since sees everything as new.
    let (ana, _) = login(&f.app, "ana").await;
    assert!(ids(queue(ana, "new=1").await).len() > 1);
    // Time: the <script> posts were posted in early March 2024.
    assert!(ids(queue(vic.clone(), "from=2024-03-01&to=2024-03-05").await).contains(&xss));
    assert!(!ids(queue(vic.clone(), "from=2030-01-01").await).contains(&xss));
    let resp = send(
        &f.app,
        request(
            &Method::GET,
            "/api/v1/networks?from=soon",
            Some(&vic),
            Body::empty(),
        ),
    )
    .await;
    assert_eq!(resp.status(), StatusCode::BAD_REQUEST);
}

/// A 3W sheet (synthetic) with one shelter in Houston, named to break HTML.
fn houston_sheet(dir: &std::path::Path, name: &str) -> std::path::PathBuf {
    let path = dir.join("houston.csv");
    std::fs::write(
        &path,
        format!(
            "Organisation,Activity,Country,Location,Latitude,Longitude,Phone,Email\n\
\"{name}\",Shelter,US,Houston,29.7604,-95.3698,+1 713 555 0100,help@shelter.example\n\
Gulf Legal Aid,Legal aid,US,Galveston,29.3013,-94.7977,,\n"
        ),
    )
    .unwrap();
    path
}

/// The network page's "Help near this network": the hint while the store has no directory;
/// after `services import` (on another connection, the server running) the nearest services
/// of each place, escaped, in the page and the same data in the API; re-importing the source
/// with other content (same counts) shows the new content: the cached directory follows the
/// store.
#[tokio::test]
async fn the_network_page_refers_to_services_and_follows_imports() {
    let f = fixture(Config::default());
    let xss = xss_network(&f).await;
    let (cookie, _) = login(&f.app, "vic").await;
    let get = |path: String| {
        let app = f.app.clone();
        let cookie = cookie.clone();
        async move {
            let resp = send(
                &app,
                request(&Method::GET, &path, Some(&cookie), Body::empty()),
            )
            .await;
            assert_eq!(resp.status(), StatusCode::OK, "{path}");
            text(resp).await
        }
    };
    let page = get(format!("/networks/{xss}")).await;
    assert!(page.contains("<h2 id=\"help\">Help near this network</h2>"));
    assert!(page.contains("No services directory in this case store"));
    assert!(page.contains("<code>plainsight services import --db CASE.db SOURCE...</code>"));
    let v: serde_json::Value =
        serde_json::from_str(&get(format!("/api/v1/networks/{xss}")).await).unwrap();
    assert_eq!(v["help"]["directory_services"], 0);
    assert!(v["help"]["hint"].as_str().is_some());
    assert_eq!(
        v["help"]["command"],
        "plainsight services import --db CASE.db SOURCE..."
    );
    assert_eq!(v["help"]["places"], serde_json::json!([]));

    let import = |name: &str| {
        let sheet = houston_sheet(f._dir.path(), name);
        let mut store = plainsight_store::Store::open(&f.path).unwrap();
        plainsight_engine::services::import_into_store(
            &mut store,
            &[sheet],
            &Default::default(),
            "2026-12-01T00:00:00Z",
        )
        .unwrap();
    };
    import("Safe <script>alert(3)</script> House");
    let page = get(format!("/networks/{xss}")).await;
    assert!(!page.contains("No services directory"));
    assert!(page.contains("<caption>Houston (US)</caption>"), "{page}");
    assert!(page.contains("Safe &lt;script&gt;alert(3)&lt;/script&gt; House"));
    assert!(!page.contains("<script>alert(3)"));
    // Numbers as the directory's importer normalised them (E.164).
    assert!(page.contains("+17135550100<br>help@shelter.example"));
    assert!(page.contains("Gulf Legal Aid"));
    assert!(!has_inline(&page));
    let v: serde_json::Value =
        serde_json::from_str(&get(format!("/api/v1/networks/{xss}")).await).unwrap();
    let h = &v["help"];
    assert_eq!(h["directory_services"], 2);
    assert_eq!(h["per_category"], 3);
    assert!(h.get("hint").is_none() && h.get("command").is_none());
    assert_eq!(h["places"][0]["place"], "Houston (US)");
    let shelter = &h["places"][0]["categories"][0];
    assert_eq!(shelter["category"], "shelter");
    assert_eq!(shelter["title"], "Shelter / safe housing");
    let s = &shelter["services"][0];
    assert_eq!(s["organization"], "Safe <script>alert(3)</script> House");
    assert_eq!(s["phones"], serde_json::json!(["+17135550100"]));
    assert_eq!(s["emails"], serde_json::json!(["help@shelter.example"]));
    assert_eq!(s["source"], "houston.csv");
    assert!(s["distance_km"].as_f64().unwrap() < 5.0);
    let legal = &h["places"][0]["categories"][1];
    assert_eq!(legal["category"], "legal_aid");
    assert!(legal["services"][0]["distance_km"].as_f64().unwrap() > 50.0);
    assert!(h["missing_categories"]
        .as_array()
        .unwrap()
        .contains(&serde_json::json!("medical")));

    // Views without an import share the loaded directory; an import replaces it.
    let cached = || {
        f.app
            .services_cache()
            .lock()
            .unwrap()
            .as_ref()
            .map(|(_, r)| std::sync::Arc::as_ptr(r) as usize)
            .unwrap()
    };
    let before = cached();
    get(format!("/networks/{xss}")).await;
    assert_eq!(cached(), before);
    // The same source again, other content, the same number of services.
    import("Bayou Safe House");
    let page = get(format!("/networks/{xss}")).await;
    assert!(page.contains("Bayou Safe House"));
    assert!(!page.contains("alert(3)"));
    assert_ne!(cached(), before);
}

/// The gap page and its JSON: a services directory imported into the case store, the
/// fixture's networks as activity; denied without a session; the map draws outlines and the
/// flagged areas, a route its waypoints; bad choices are 400s; the page keeps the CSP rules.
#[tokio::test]
async fn the_gap_page_maps_where_services_are_missing() {
    let f = fixture(Config::default());
    {
        let dir = tempfile::tempdir().unwrap();
        let sheet = dir.path().join("sheet.csv");
        std::fs::write(
            &sheet,
            "Organisation,Activity,Country,Location\nHouston Haven,Shelter,United States,Houston\nDesert Rose Aid,Shelter,Niger,Agadez\n",
        )
        .unwrap();
        let mut store = plainsight_store::Store::open(&f.path).unwrap();
        plainsight_engine::services::import_into_store(
            &mut store,
            &[sheet],
            &Default::default(),
            "2026-01-01T00:00:00Z",
        )
        .unwrap();
    }
    for path in ["/gaps", "/api/v1/gaps"] {
        let resp = send(&f.app, request(&Method::GET, path, None, Body::empty())).await;
        assert!(
            resp.status() == StatusCode::SEE_OTHER || resp.status() == StatusCode::UNAUTHORIZED,
            "{path}: {}",
            resp.status()
        );
    }
    let (cookie, _) = login(&f.app, "vic").await;
    let get = |path: &str| request(&Method::GET, path, Some(&cookie), Body::empty());

    let resp = send(&f.app, get("/api/v1/gaps")).await;
    assert_eq!(resp.status(), StatusCode::OK);
    let v: serde_json::Value = serde_json::from_str(&text(resp).await).unwrap();
    assert_eq!(v["level"], "country");
    assert_eq!(v["categories"].as_array().unwrap().len(), 11);
    let areas = v["areas"].as_array().unwrap();
    let us = areas
        .iter()
        .find(|a| a["country"] == "US")
        .expect("US area");
    assert!(us["posts"].as_u64().unwrap() > 0, "{us}");
    assert_eq!(
        us["status"], "gap",
        "a shelter only: every other category is missing"
    );
    let shelter = us["cells"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["category"] == "shelter")
        .unwrap();
    // One shelter in the US, measured from the busiest place of activity there.
    assert_eq!(shelter["services"].as_u64(), Some(1));
    let ne = areas
        .iter()
        .find(|a| a["country"] == "NE")
        .expect("NE area");
    assert_eq!(ne["status"], "no_activity");
    assert_eq!(v["bounds"].as_array().unwrap().len(), 4);

    // Filtered on shelter, within a continent's reach: the US is covered.
    let resp = send(
        &f.app,
        get("/api/v1/gaps?category=shelter&by=country&threshold_km=5000"),
    )
    .await;
    let v: serde_json::Value = serde_json::from_str(&text(resp).await).unwrap();
    let us = v["areas"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["country"] == "US")
        .unwrap();
    assert_eq!(us["status"], "covered");
    assert_eq!(us["cells"].as_array().unwrap().len(), 1);

    // Along a route: every waypoint, in order, with its point.
    let resp = send(&f.app, get("/api/v1/gaps?route=central-mediterranean")).await;
    let v: serde_json::Value = serde_json::from_str(&text(resp).await).unwrap();
    assert_eq!(v["level"], "waypoint");
    assert_eq!(v["route"], "central-mediterranean");
    let w = v["areas"].as_array().unwrap();
    assert_eq!(w[0]["area"], "Benin City");
    assert!(w
        .iter()
        .all(|a| a["lat"].is_number() && a["lon"].is_number()));
    let agadez = w.iter().find(|a| a["area"] == "Agadez").unwrap();
    let shelter = &agadez["cells"].as_array().unwrap()[0];
    assert_eq!(
        (shelter["category"].as_str(), shelter["gap"].as_bool()),
        (Some("shelter"), Some(false))
    );

    for bad in [
        "/api/v1/gaps?route=nowhere",
        "/api/v1/gaps?category=other",
        "/api/v1/gaps?category=pizza",
        "/api/v1/gaps?by=planet",
        "/api/v1/gaps?threshold_km=-1",
        "/api/v1/gaps?threshold_km=NaN",
    ] {
        let resp = send(&f.app, get(bad)).await;
        assert_eq!(resp.status(), StatusCode::BAD_REQUEST, "{bad}");
    }

    let resp = send(&f.app, get("/gaps?route=central-mediterranean&category=")).await;
    assert_eq!(resp.status(), StatusCode::OK);
    let page = text(resp).await;
    assert!(page.contains(r#"<svg id="gapmap""#) && page.contains("<title>Niger</title>"));
    assert!(page.contains(r#"<polyline id="route""#) && page.contains(r#"<table id="gaps""#));
    assert!(page.contains(r#"<a href="/gaps">Gaps</a>"#));
    assert!(page.contains(r#"<option value="central-mediterranean" selected>"#));
    assert!(!has_inline(&page) && !page.contains("<script"));
    let resp = send(&f.app, get("/gaps?by=admin1")).await;
    assert_eq!(resp.status(), StatusCode::OK);
    let page = text(resp).await;
    assert!(
        page.contains(r#"class="area gap""#),
        "Houston's state is flagged"
    );
    let resp = send(&f.app, get("/gaps?by=planet")).await;
    assert_eq!(resp.status(), StatusCode::BAD_REQUEST);
}

/// The network page's map draws the country outlines under its places.
#[tokio::test]
async fn the_network_map_draws_country_outlines() {
    let f = fixture(Config::default());
    let id = xss_network(&f).await;
    let (cookie, _) = login(&f.app, "vic").await;
    let resp = send(
        &f.app,
        request(
            &Method::GET,
            &format!("/networks/{id}"),
            Some(&cookie),
            Body::empty(),
        ),
    )
    .await;
    assert_eq!(resp.status(), StatusCode::OK);
    let page = text(resp).await;
    let map = &page[page.find(r#"<svg id="map""#).expect("a map")..];
    let map = &map[..map.find("</svg>").unwrap()];
    assert!(
        map.contains("<title>United States of America</title>"),
        "Houston is in the US"
    );
    assert!(map.find("<path").unwrap() < map.find("<circle").unwrap());
    assert!(!has_inline(&page));
}

/// Built-in TLS with the vendored test-only certificate: a client trusting it gets the pages
/// over HTTPS (by name and by address), a client trusting nothing is refused, a plain-HTTP
/// client gets no page, and a client that never speaks does not hold up the others.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn tls_serves_https_with_the_given_certificate() {
    use rustls_pki_types::pem::PemObject;
    use rustls_pki_types::{CertificateDer, ServerName};
    use std::sync::Arc;
    use std::time::Duration;
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    use tokio::net::TcpStream;
    use tokio_rustls::rustls;

    let f = fixture(Config::default());
    let data = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/tls");
    let config =
        plainsight_server::tls::config(&data.join("cert.pem"), &data.join("key.pem")).unwrap();
    // Wrong files are refused with the flag's name, never a panic.
    let readme = data.join("README.md");
    for (cert, key, flag) in [
        (data.join("missing.pem"), data.join("key.pem"), "--tls-cert"),
        (readme.clone(), data.join("key.pem"), "--tls-cert"),
        (data.join("cert.pem"), readme.clone(), "--tls-key"),
        (data.join("key.pem"), data.join("key.pem"), "--tls-cert"),
        (data.join("cert.pem"), data.join("cert.pem"), "--tls-key"),
        (data.clone(), data.join("key.pem"), "--tls-cert"),
    ] {
        match plainsight_server::tls::config(&cert, &key) {
            Err(plainsight_server::ServerError::BadRequest(m)) => {
                assert!(m.contains(flag), "{m}")
            }
            Err(e) => panic!("{e}"),
            Ok(_) => panic!("{} and {} accepted", cert.display(), key.display()),
        }
    }
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let server = tokio::spawn(plainsight_server::tls::serve_tls(
        listener,
        config,
        f.app.clone(),
        async {
            let _ = stopped.await;
        },
    ));

    // A client that connects and says nothing.
    let silent = TcpStream::connect(addr).await.unwrap();

    // Plain HTTP to the TLS port: no page comes back.
    let mut plain = TcpStream::connect(addr).await.unwrap();
    plain
        .write_all(b"GET /login HTTP/1.1\r\nHost: localhost\r\n\r\n")
        .await
        .unwrap();
    let mut buf = Vec::new();
    let _ = tokio::time::timeout(Duration::from_secs(20), plain.read_to_end(&mut buf)).await;
    assert!(!String::from_utf8_lossy(&buf).contains("HTTP/1.1"));

    let client = |roots: rustls::RootCertStore| {
        tokio_rustls::TlsConnector::from(Arc::new(
            rustls::ClientConfig::builder_with_provider(Arc::new(
                rustls::crypto::ring::default_provider(),
            ))
            .with_safe_default_protocol_versions()
            .unwrap()
            .with_root_certificates(roots)
            .with_no_client_auth(),
        ))
    };
    let mut roots = rustls::RootCertStore::empty();
    for c in CertificateDer::pem_file_iter(data.join("cert.pem")).unwrap() {
        roots.add(c.unwrap()).unwrap();
    }
    let trusting = client(roots);
    for host in ["localhost", "127.0.0.1"] {
        let tcp = TcpStream::connect(addr).await.unwrap();
        let mut tls = tokio::time::timeout(
            Duration::from_secs(20),
            trusting.connect(ServerName::try_from(host.to_string()).unwrap(), tcp),
        )
        .await
        .expect("the handshake is not held up by the silent client")
        .unwrap();
        tls.write_all(b"GET /login HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
            .await
            .unwrap();
        let mut resp = Vec::new();
        let mut chunk = [0u8; 8192];
        while let Ok(Ok(n)) =
            tokio::time::timeout(Duration::from_secs(20), tls.read(&mut chunk)).await
        {
            if n == 0 {
                break;
            }
            resp.extend_from_slice(&chunk[..n]);
        }
        let resp = String::from_utf8_lossy(&resp);
        assert!(resp.starts_with("HTTP/1.1 200"), "{host}: {resp}");
        assert!(resp.contains("Sign in"));
        assert!(resp
            .to_ascii_lowercase()
            .contains("content-security-policy: default-src 'none'"));
    }
    // A client that trusts nothing refuses the self-signed certificate.
    let tcp = TcpStream::connect(addr).await.unwrap();
    let refused = client(rustls::RootCertStore::empty())
        .connect(ServerName::try_from("localhost").unwrap(), tcp)
        .await;
    assert!(refused.is_err());

    drop(silent);
    stop.send(()).unwrap();
    tokio::time::timeout(Duration::from_secs(20), server)
        .await
        .expect("the server stops")
        .unwrap()
        .unwrap();
}
