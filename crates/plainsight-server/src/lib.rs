//! The analyst's workspace: an audited web server over the case store (`plainsight serve`).
//!
//! Place in the pipeline: after the store, beside export. It takes an open case store and
//! gives server-rendered pages (triage queue, network, post, search, people, audit) and a JSON
//! API under `/api/v1` that returns the same view models ([`views`]). It calls the store and
//! the engine only; it knows nothing of extraction or linking internals.
//!
//! Security posture:
//! - every route is declared once in [`route_table`], with its access; the router is built
//!   from that list, so a route cannot exist without its access being declared (and tested);
//! - non-public routes pass one gate: a session cookie (`HttpOnly; SameSite=Strict; Path=/`)
//!   or, under `/api/`, `Authorization: Bearer TOKEN`; without one, pages redirect to `/login`
//!   and the API answers 401;
//! - every state-changing request made with a session cookie carries the session's CSRF
//!   token (a form field `csrf`, or the `X-CSRF-Token` header for the API), checked in the gate;
//! - roles by extractor: [`Analyst`] and [`Admin`] refuse lesser roles with 403;
//! - viewing a post or a network, revealing (with a typed reason), searching, labelling,
//!   noting and exporting each append to the store's hash-chained audit log;
//! - request bodies are size-limited and requests past capacity get 503 at once;
//! - HTTPS built in ([`tls`]: rustls on `ring`) when given a certificate and key.
//!
//! ```no_run
//! use std::path::Path;
//! let store = Path::new("case.db");
//! let config = plainsight_server::Config::default();
//! // Plain HTTP on localhost; `Some(tls::config(cert, key)?)` serves HTTPS.
//! plainsight_server::serve_blocking(store, "127.0.0.1:8080".parse().unwrap(), config, None)
//!     .unwrap();
//! let tls = plainsight_server::tls::config(Path::new("chain.pem"), Path::new("key.pem")).unwrap();
//! plainsight_server::serve_blocking(store, "0.0.0.0:8443".parse().unwrap(),
//!     plainsight_server::Config::default(), Some(tls)).unwrap();
//! ```

pub mod auth;
mod error;
pub mod graph;
pub mod html;
pub use plainsight_output::map;
mod openapi;
mod pages;
pub mod tls;
pub mod views;

pub use auth::Session;
pub use error::ServerError;

use axum::body::Body;
use axum::extract::{FromRequestParts, Request, State};
use axum::http::{header, request::Parts, HeaderMap, HeaderValue, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum::routing::MethodRouter;
use axum::Router;
use plainsight_engine::scan::{ScanOptions, Scanner};
use plainsight_store::{Boost, Role, Store};
use std::collections::BTreeMap;
use std::net::SocketAddr;
use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

/// The session cookie's name.
pub const SESSION_COOKIE: &str = "ps_session";
/// The sign-in form's own CSRF cookie (double submit: there is no session yet).
pub const LOGIN_COOKIE: &str = "ps_login";

/// The clock: Unix seconds. Injected so tests can move time (session expiry, throttling).
pub type Clock = Arc<dyn Fn() -> i64 + Send + Sync>;

/// The system clock.
pub fn system_clock() -> Clock {
    Arc::new(|| {
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_secs() as i64)
            .unwrap_or(0)
    })
}

/// How the server runs.
#[derive(Clone, Debug)]
pub struct Config {
    /// Session lifetime in seconds (default 8 hours).
    pub session_secs: i64,
    /// Add `Secure` to cookies (set when TLS terminates in front of the server).
    pub secure_cookies: bool,
    /// Largest request body, bytes (default 1 MiB).
    pub max_body: usize,
    /// Requests served at once; past this the server answers 503 (default 256).
    pub max_in_flight: usize,
    /// Store connections (default: twice the cores, at least 2, at most 16).
    pub connections: usize,
}

impl Default for Config {
    fn default() -> Self {
        let cores = std::thread::available_parallelism()
            .map(|n| n.get())
            .unwrap_or(2);
        Config {
            session_secs: 8 * 3600,
            secure_cookies: false,
            max_body: 1 << 20,
            max_in_flight: 256,
            connections: (cores * 2).clamp(2, 16),
        }
    }
}

struct Inner {
    pool: Vec<Mutex<Store>>,
    next: AtomicUsize,
    scanner: Scanner,
    throttle: Mutex<auth::Throttle>,
    clock: Clock,
    config: Config,
    boosts: BoostCache,
    photos: PhotoCache,
    services: ServicesCache,
}

/// The store's services directory, loaded and indexed, under the store's key for it
/// ([`Store::services_key`]): reloaded when an import changed it (`plainsight services import`
/// may run while the server does), else shared by every page.
pub type ServicesCache =
    Arc<Mutex<Option<((i64, i64, i64), Arc<plainsight_engine::services::Referrer>)>>>;

/// The services directory as the store holds it now, from `cache` when no import changed it
/// since it was loaded. The lock is held while loading, so a change is loaded once, not once
/// per waiting request.
pub fn services(
    store: &Store,
    cache: &ServicesCache,
) -> Result<Arc<plainsight_engine::services::Referrer>, ServerError> {
    let key = store.services_key()?;
    let mut slot = cache.lock().unwrap_or_else(|p| p.into_inner());
    if let Some((k, r)) = slot.as_ref() {
        if *k == key {
            return Ok(r.clone());
        }
    }
    let r = Arc::new(
        plainsight_engine::services::Referrer::load(store)
            .map_err(|e| ServerError::Internal(format!("services directory: {e}")))?,
    );
    *slot = Some((key, r.clone()));
    Ok(r)
}

/// Every current post's photo hashes in memory for `scan`'s photo matches, with the last
/// post key they account for (reloaded when posts were stored since).
pub type PhotoCache = Arc<Mutex<Option<(i64, Arc<Vec<(i64, plainsight_core::PdqHash)>>)>>>;

/// Photos within this many bits of a scanned post's hash match (the linker's photo distance).
pub const PHOTO_DISTANCE: u32 = 31;

/// The stored photos, from `cache` when no post was stored since it was filled.
pub fn photos(
    store: &Store,
    cache: &PhotoCache,
) -> Result<Arc<Vec<(i64, plainsight_core::PdqHash)>>, ServerError> {
    let last = store.last_pk()?;
    if let Some((k, p)) = cache.lock().unwrap_or_else(|p| p.into_inner()).as_ref() {
        if *k == last {
            return Ok(p.clone());
        }
    }
    let p = Arc::new(store.current_images(&store.current_set()?)?);
    *cache.lock().unwrap_or_else(|p| p.into_inner()) = Some((last, p.clone()));
    Ok(p)
}

/// The queue's label boosts, cached under the store's key for them (labels and linking).
pub type BoostCache = Arc<Mutex<Option<((i64, i64, i64), Arc<BTreeMap<String, Boost>>)>>>;

/// The boosts for the store as it is now, from `cache` when nothing they depend on changed.
pub fn boosts(
    store: &Store,
    cache: &BoostCache,
) -> Result<Arc<BTreeMap<String, Boost>>, ServerError> {
    let key = store.label_boosts_key()?;
    if let Some((k, b)) = cache.lock().unwrap_or_else(|p| p.into_inner()).as_ref() {
        if *k == key {
            return Ok(b.clone());
        }
    }
    let b = Arc::new(store.label_boosts()?);
    *cache.lock().unwrap_or_else(|p| p.into_inner()) = Some((key, b.clone()));
    Ok(b)
}

/// The server's state: a pool of store connections (SQLite in WAL mode: readers never block
/// the writer), the scanner for `/api/v1/scan`, the login throttle, the clock.
#[derive(Clone)]
pub struct App {
    inner: Arc<Inner>,
}

impl App {
    /// Opens `connections` connections to the store at `path` (migrating it first).
    pub fn open(path: &Path, config: Config, clock: Clock) -> Result<App, ServerError> {
        let first = Store::open(path)?;
        let mut pool = vec![Mutex::new(first)];
        for _ in 1..config.connections.max(1) {
            pool.push(Mutex::new(Store::open(path)?));
        }
        let scanner = Scanner::new(&ScanOptions::default())
            .map_err(|e| ServerError::Internal(format!("indicators: {e}")))?;
        Ok(App {
            inner: Arc::new(Inner {
                pool,
                next: AtomicUsize::new(0),
                scanner,
                throttle: Mutex::new(auth::Throttle::new(10_000, 15 * 60)),
                clock,
                config,
                boosts: Arc::new(Mutex::new(None)),
                photos: Arc::new(Mutex::new(None)),
                services: Arc::new(Mutex::new(None)),
            }),
        })
    }

    pub fn now(&self) -> i64 {
        (self.inner.clock)()
    }

    pub fn config(&self) -> &Config {
        &self.inner.config
    }

    pub fn boost_cache(&self) -> BoostCache {
        self.inner.boosts.clone()
    }

    pub fn photo_cache(&self) -> PhotoCache {
        self.inner.photos.clone()
    }

    pub fn services_cache(&self) -> ServicesCache {
        self.inner.services.clone()
    }

    /// Runs `f` on a store connection on the blocking pool: a free connection if there is
    /// one, else the next in turn.
    pub async fn with_store<T, F>(&self, f: F) -> Result<T, ServerError>
    where
        T: Send + 'static,
        F: FnOnce(&mut Store) -> Result<T, ServerError> + Send + 'static,
    {
        let inner = self.inner.clone();
        tokio::task::spawn_blocking(move || {
            let n = inner.pool.len();
            let start = inner.next.fetch_add(1, Ordering::Relaxed) % n;
            for i in 0..n {
                if let Ok(mut g) = inner.pool[(start + i) % n].try_lock() {
                    return f(&mut g);
                }
            }
            let mut g = inner.pool[start].lock().unwrap_or_else(|p| p.into_inner());
            f(&mut g)
        })
        .await
        .map_err(|_| ServerError::Internal("a request's worker stopped".into()))?
    }

    /// Holds every store connection until the guards drop (tests of load shedding; a backup
    /// taken while the server runs could use it too).
    #[doc(hidden)]
    pub fn hold_stores(&self) -> Vec<std::sync::MutexGuard<'_, Store>> {
        self.inner
            .pool
            .iter()
            .map(|m| m.lock().unwrap_or_else(|p| p.into_inner()))
            .collect()
    }

    fn scanner(&self) -> &Scanner {
        &self.inner.scanner
    }

    /// Who sent this request: the session cookie's session, or (under `/api/`) the Bearer
    /// token's person. `None` when neither names a live one.
    pub async fn authenticate(
        &self,
        headers: &HeaderMap,
        api: bool,
    ) -> Result<Option<Session>, ServerError> {
        let now = self.now();
        if let Some(token) = cookie(headers, SESSION_COOKIE) {
            let hash = auth::token_hash(&token);
            let found = self.with_store(move |s| Ok(s.session(&hash, now)?)).await?;
            if let Some(row) = found {
                return Ok(Some(Session {
                    user: row.user,
                    role: row.role,
                    csrf: Some(row.csrf),
                    token_hash: Some(hash),
                }));
            }
        }
        if api {
            if let Some(token) = bearer(headers) {
                let hash = auth::token_hash(&token);
                let found = self.with_store(move |s| Ok(s.token_user(&hash)?)).await?;
                if let Some((user, role)) = found {
                    return Ok(Some(Session {
                        user,
                        role,
                        csrf: None,
                        token_hash: None,
                    }));
                }
            }
        }
        Ok(None)
    }

    /// Checks a name and password (throttled per name and per peer) and starts a session:
    /// returns (session token, CSRF token, role).
    pub async fn login(
        &self,
        name: &str,
        password: &str,
        peer: &str,
    ) -> Result<(String, String, Role), ServerError> {
        let now = self.now();
        let name: String = name.trim().chars().take(200).collect();
        if self
            .inner
            .throttle
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .blocked(&name, peer, now)
        {
            return Err(ServerError::Throttled);
        }
        let password = password.to_string();
        let config = self.inner.config.clone();
        let who = name.clone();
        let result = self
            .with_store(move |s| {
                let user = s.user(&who)?;
                let ok = match &user {
                    Some(u) => auth::verify_password(&u.password, &password),
                    None => {
                        auth::verify_dummy(&password);
                        false
                    }
                };
                let entry = |action: &str| plainsight_store::AuditNew {
                    at: now,
                    user: who.clone(),
                    action: action.into(),
                    object: format!("user:{who}"),
                    detail: String::new(),
                };
                match user {
                    Some(u) if ok => {
                        let token = auth::new_token();
                        let csrf = auth::new_token();
                        s.put_session(
                            &auth::token_hash(&token),
                            &u.name,
                            &csrf,
                            now + config.session_secs,
                            &entry("login"),
                        )?;
                        s.record_visit(&u.name)?;
                        Ok(Some((token, csrf, u.role)))
                    }
                    _ => {
                        s.audit(&entry("login.failed"))?;
                        Ok(None)
                    }
                }
            })
            .await?;
        let mut throttle = self
            .inner
            .throttle
            .lock()
            .unwrap_or_else(|p| p.into_inner());
        match result {
            Some(ok) => {
                throttle.succeed(&name);
                Ok(ok)
            }
            None => {
                throttle.fail(&name, peer, now);
                Err(ServerError::BadLogin)
            }
        }
    }

    /// The `Set-Cookie` value that starts a session.
    pub fn session_cookie(&self, token: &str) -> String {
        format!(
            "{SESSION_COOKIE}={token}; HttpOnly; SameSite=Strict; Path=/; Max-Age={}{}",
            self.inner.config.session_secs,
            if self.inner.config.secure_cookies {
                "; Secure"
            } else {
                ""
            }
        )
    }

    /// The `Set-Cookie` value that ends it.
    pub fn clear_cookie(&self) -> String {
        format!("{SESSION_COOKIE}=; HttpOnly; SameSite=Strict; Path=/; Max-Age=0")
    }
}

/// A cookie's value from the `Cookie` headers.
pub fn cookie(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|kv| kv.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v.to_string())
        .filter(|v| !v.is_empty() && v.len() <= 128)
}

fn bearer(headers: &HeaderMap) -> Option<String> {
    let v = headers.get(header::AUTHORIZATION)?.to_str().ok()?;
    let (scheme, token) = v.split_once(' ')?;
    (scheme.eq_ignore_ascii_case("bearer") && !token.trim().is_empty() && token.len() <= 256)
        .then(|| token.trim().to_string())
}

/// The authenticated person of a request that passed the gate.
impl<S: Send + Sync> FromRequestParts<S> for Session {
    type Rejection = ServerError;
    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        parts
            .extensions
            .get::<Session>()
            .cloned()
            .ok_or(ServerError::Unauthenticated {
                api: parts.uri.path().starts_with("/api/"),
            })
    }
}

/// A session whose role may reveal, label and note.
pub struct Analyst(pub Session);
/// A session whose role may manage people.
pub struct Admin(pub Session);

impl<S: Send + Sync> FromRequestParts<S> for Analyst {
    type Rejection = ServerError;
    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        let s = Session::from_request_parts(parts, state).await?;
        if s.role >= Role::Analyst {
            Ok(Analyst(s))
        } else {
            Err(ServerError::Forbidden)
        }
    }
}

impl<S: Send + Sync> FromRequestParts<S> for Admin {
    type Rejection = ServerError;
    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        let s = Session::from_request_parts(parts, state).await?;
        if s.role >= Role::Admin {
            Ok(Admin(s))
        } else {
            Err(ServerError::Forbidden)
        }
    }
}

/// The peer's address (for login throttling); "unknown" when not served over TCP.
pub struct Peer(pub String);

impl<S: Send + Sync> FromRequestParts<S> for Peer {
    type Rejection = std::convert::Infallible;
    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        Ok(Peer(
            parts
                .extensions
                .get::<axum::extract::ConnectInfo<SocketAddr>>()
                .map(|c| c.0.ip().to_string())
                .unwrap_or_else(|| "unknown".into()),
        ))
    }
}

/// Who may use a route.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Access {
    /// No session needed: the sign-in form and its posts, the stylesheet.
    Public,
    /// A page: without a session, a redirect to `/login`.
    Page,
    /// The API: without a session or token, 401.
    Api,
}

/// One route as declared.
#[derive(Clone, Debug)]
pub struct RouteDef {
    pub method: Method,
    pub path: &'static str,
    pub access: Access,
    pub summary: &'static str,
}

fn routes() -> Vec<(RouteDef, MethodRouter<App>)> {
    use axum::routing::{get, post};
    use Access::*;
    let r = |method: Method, path, access, summary, handler| {
        (
            RouteDef {
                method,
                path,
                access,
                summary,
            },
            handler,
        )
    };
    vec![
        r(Method::GET, "/login", Public, "The sign-in form", get(pages::login_form)),
        r(Method::POST, "/login", Public, "Sign in (form)", post(pages::login_submit)),
        r(Method::POST, "/api/login", Public, "Sign in: JSON {name, password}; sets the session cookie, returns the CSRF token", post(pages::api_login)),
        r(Method::GET, "/assets/app.css", Public, "The stylesheet", get(pages::css)),
        r(Method::GET, "/", Page, "The triage queue", get(pages::queue)),
        r(Method::GET, "/networks/{id}", Page, "A network", get(pages::network)),
        r(Method::POST, "/networks/{id}/reveal", Page, "A network unmasked (analyst; reason audited)", post(pages::network_reveal)),
        r(Method::POST, "/networks/{id}/label", Page, "Label a network (analyst)", post(pages::network_label)),
        r(Method::POST, "/networks/{id}/note", Page, "Add a note to a network (analyst)", post(pages::network_note)),
        r(Method::GET, "/networks/{id}/export", Page, "Export a network's posts (masked; audited)", get(pages::network_export)),
        r(Method::GET, "/posts/{id}", Page, "A post with its spans", get(pages::post)),
        r(Method::POST, "/posts/{id}/reveal", Page, "A post unmasked (analyst; reason audited)", post(pages::post_reveal)),
        r(Method::GET, "/search", Page, "Search the store", get(pages::search)),
        r(Method::GET, "/gaps", Page, "Protection service gaps: map and table (by, route, category, threshold_km)", get(pages::gaps)),
        r(Method::GET, "/cases", Page, "Cases", get(pages::cases)),
        r(Method::POST, "/cases", Page, "Open a case (analyst)", post(pages::case_create)),
        r(Method::GET, "/cases/{id}", Page, "A case's networks", get(pages::case)),
        r(Method::GET, "/cases/{id}/export", Page, "Export a case's posts (masked; audited)", get(pages::case_export)),
        r(Method::POST, "/networks/{id}/case", Page, "Add a network to a case (analyst)", post(pages::network_add_to_case)),
        r(Method::GET, "/admin/users", Page, "People (admin)", get(pages::users)),
        r(Method::POST, "/admin/users", Page, "Add a person or change one (admin)", post(pages::users_add)),
        r(Method::GET, "/admin/audit", Page, "The audit log and its check (admin)", get(pages::audit)),
        r(Method::POST, "/logout", Page, "Sign out", post(pages::logout)),
        r(Method::POST, "/api/logout", Api, "End the session", post(pages::api_logout)),
        r(Method::GET, "/api/openapi.json", Api, "This document", get(openapi::document)),
        r(Method::GET, "/api/v1/me", Api, "Who is signed in", get(pages::api_me)),
        r(Method::GET, "/api/v1/networks", Api, "The triage queue (filters: indicator, place, min_size, label, new, from, to, offset)", get(pages::api_queue)),
        r(Method::GET, "/api/v1/networks/{id}", Api, "A network with the services near its places (masked; audited)", get(pages::api_network)),
        r(Method::POST, "/api/v1/networks/{id}/reveal", Api, "A network unmasked: JSON {reason} (analyst; audited)", post(pages::api_network_reveal)),
        r(Method::POST, "/api/v1/networks/{id}/labels", Api, "Label a network: JSON {category, score} (analyst)", post(pages::api_label)),
        r(Method::POST, "/api/v1/networks/{id}/notes", Api, "Add a note: JSON {text} (analyst)", post(pages::api_note)),
        r(Method::GET, "/api/v1/networks/{id}/export", Api, "Export a network's posts: ?format=csv|ftm|gexf|graphml (masked; audited)", get(pages::network_export)),
        r(Method::GET, "/api/v1/posts/{id}", Api, "A post with its spans (masked; audited)", get(pages::api_post)),
        r(Method::POST, "/api/v1/posts/{id}/reveal", Api, "A post unmasked: JSON {reason} (analyst; audited)", post(pages::api_post_reveal)),
        r(Method::GET, "/api/v1/search", Api, "Search: ?by=selector|text|place|indicator|network&q=... (masked; audited)", get(pages::api_search)),
        r(Method::GET, "/api/v1/gaps", Api, "Protection service gaps: ?by=country|admin1|admin2&route=ID&category=CODE&threshold_km=KM", get(pages::api_gaps)),
        r(Method::GET, "/api/v1/cases", Api, "Cases", get(pages::api_cases)),
        r(Method::POST, "/api/v1/cases", Api, "Open a case: JSON {name} (analyst)", post(pages::api_case_create)),
        r(Method::GET, "/api/v1/cases/{id}", Api, "A case's networks (audited)", get(pages::api_case)),
        r(Method::POST, "/api/v1/cases/{id}/networks", Api, "Add a network to a case: JSON {network} (analyst)", post(pages::api_case_add)),
        r(Method::GET, "/api/v1/cases/{id}/export", Api, "Export a case's posts: ?format=csv|ftm|gexf|graphml (masked; audited)", get(pages::case_export)),
        r(Method::POST, "/api/v1/scan", Api, "Scan a post: its selectors, risk with reasons, the stored networks sharing a selector, and stored photos within 31 bits of its image_hashes", post(pages::api_scan)),
    ]
}

/// Every route the router serves, as declared (the router is built from this list).
pub fn route_table() -> Vec<RouteDef> {
    routes().into_iter().map(|(d, _)| d).collect()
}

/// The application: every declared route, public ones as they are and the others behind the
/// gate; body size and in-flight limits; security headers on every response.
pub fn router(app: App) -> Router {
    use axum::error_handling::HandleErrorLayer;
    use tower::ServiceBuilder;
    let mut public = Router::new();
    let mut private = Router::new();
    for (def, handler) in routes() {
        if def.access == Access::Public {
            public = public.route(def.path, handler);
        } else {
            private = private.route(def.path, handler);
        }
    }
    let private = private.route_layer(axum::middleware::from_fn_with_state(app.clone(), gate));
    let max_body = app.config().max_body;
    let in_flight = app.config().max_in_flight.max(1);
    public
        .merge(private)
        .fallback(fallback)
        .layer(axum::extract::DefaultBodyLimit::max(max_body))
        .layer(tower_http::limit::RequestBodyLimitLayer::new(max_body))
        .layer(axum::middleware::map_response(security_headers))
        .layer(
            ServiceBuilder::new()
                .layer(HandleErrorLayer::new(|_: tower::BoxError| async {
                    (
                        StatusCode::SERVICE_UNAVAILABLE,
                        [(header::RETRY_AFTER, "1")],
                        axum::Json(serde_json::json!({"error": {"code": "overloaded", "message": "the server is at capacity; try again"}})),
                    )
                }))
                .load_shed()
                // One semaphore for the whole router (a plain concurrency limit would be
                // one per route).
                .layer(tower::limit::GlobalConcurrencyLimitLayer::new(in_flight)),
        )
        .with_state(app)
}

async fn security_headers(mut resp: Response) -> Response {
    let h = resp.headers_mut();
    h.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(
            "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; \
             frame-ancestors 'none'; base-uri 'none'",
        ),
    );
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    h.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    h.entry(header::CACHE_CONTROL)
        .or_insert(HeaderValue::from_static("no-store"));
    resp
}

/// Unknown paths: denied like any other without a session, 404 with one.
async fn fallback(State(app): State<App>, req: Request) -> Response {
    let api = req.uri().path().starts_with("/api/");
    match app.authenticate(req.headers(), api).await {
        Ok(Some(s)) if !api => pages::error_page(&ServerError::NotFound("page".into()), Some(&s)),
        Ok(Some(_)) => ServerError::NotFound("route".into()).into_response(),
        Ok(None) => ServerError::Unauthenticated { api }.into_response(),
        Err(e) => e.into_response(),
    }
}

/// The gate every non-public route passes: authenticates (cookie, or Bearer under `/api/`),
/// checks the CSRF token of state-changing requests made with a cookie, and dresses page
/// errors as pages.
async fn gate(State(app): State<App>, req: Request, next: Next) -> Response {
    let api = req.uri().path().starts_with("/api/");
    let session = match app.authenticate(req.headers(), api).await {
        Ok(Some(s)) => s,
        Ok(None) => return ServerError::Unauthenticated { api }.into_response(),
        Err(e) => return e.into_response(),
    };
    let mut req = req;
    let changes = !matches!(*req.method(), Method::GET | Method::HEAD);
    if let (true, Some(csrf)) = (changes, session.csrf.clone()) {
        if api {
            let given = req
                .headers()
                .get("x-csrf-token")
                .and_then(|v| v.to_str().ok())
                .unwrap_or("");
            if !auth::same(given, &csrf) {
                return ServerError::Csrf.into_response();
            }
        } else {
            let (parts, body) = req.into_parts();
            let bytes = match axum::body::to_bytes(body, app.config().max_body).await {
                Ok(b) => b,
                Err(_) => {
                    return ServerError::BadRequest("request body too large".into()).into_response()
                }
            };
            let fields: Vec<(String, String)> =
                serde_urlencoded::from_bytes(&bytes).unwrap_or_default();
            let given = fields
                .iter()
                .find(|(k, _)| k == "csrf")
                .map(|(_, v)| v.as_str())
                .unwrap_or("");
            if !auth::same(given, &csrf) {
                return pages::error_page(&ServerError::Csrf, Some(&session));
            }
            req = Request::from_parts(parts, Body::from(bytes));
        }
    }
    req.extensions_mut().insert(session.clone());
    let resp = next.run(req).await;
    if !api {
        if let Some(mark) = resp.extensions().get::<error::ErrorMark>().cloned() {
            let status = resp.status();
            let mut page = pages::message_page(status, &mark.message, Some(&session));
            *page.status_mut() = status;
            return page;
        }
    }
    resp
}

/// Serves the workspace on `listener` until Ctrl-C.
pub async fn serve(listener: tokio::net::TcpListener, app: App) -> std::io::Result<()> {
    axum::serve(
        listener,
        router(app).into_make_service_with_connect_info::<SocketAddr>(),
    )
    .with_graceful_shutdown(async {
        let _ = tokio::signal::ctrl_c().await;
    })
    .await
}

/// Opens the store and serves it at `bind` on a multi-threaded runtime until Ctrl-C: over
/// TLS when `tls` is given ([`tls::config`]), else plain HTTP.
pub fn serve_blocking(
    db: &Path,
    bind: SocketAddr,
    config: Config,
    tls: Option<std::sync::Arc<tokio_rustls::rustls::ServerConfig>>,
) -> Result<(), ServerError> {
    let app = App::open(db, config, system_clock())?;
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(|e| ServerError::Internal(format!("runtime: {e}")))?;
    rt.block_on(async move {
        let listener = tokio::net::TcpListener::bind(bind)
            .await
            .map_err(|e| ServerError::BadRequest(format!("cannot listen on {bind}: {e}")))?;
        let local = listener.local_addr().unwrap_or(bind);
        let scheme = if tls.is_some() { "https" } else { "http" };
        eprintln!("plainsight serve: listening on {scheme}://{local}/ (Ctrl-C stops)");
        let served = match tls {
            Some(tls) => {
                tls::serve_tls(listener, tls, app, async {
                    let _ = tokio::signal::ctrl_c().await;
                })
                .await
            }
            None => serve(listener, app).await,
        };
        served.map_err(|e| ServerError::Internal(format!("server: {e}")))
    })
}

/// Adds a person (or changes one's role and password), audited as done by `by`.
pub fn add_user(
    store: &mut Store,
    name: &str,
    role: Role,
    password: &str,
    by: &str,
    at: i64,
) -> Result<(), ServerError> {
    let name = name.trim();
    if name.is_empty()
        || name.len() > 64
        || !name
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '.' | '_' | '-' | '@'))
    {
        return Err(ServerError::BadRequest(
            "a name is 1 to 64 letters, digits, '.', '_', '-' or '@'".into(),
        ));
    }
    if password.chars().count() < 10 {
        return Err(ServerError::BadRequest(
            "a password has at least 10 characters".into(),
        ));
    }
    let phc = auth::hash_password(password)?;
    store.put_user(
        name,
        role,
        &phc,
        &plainsight_store::AuditNew {
            at,
            user: by.into(),
            action: "user.add".into(),
            object: format!("user:{name}"),
            detail: format!("role={role}"),
        },
    )?;
    Ok(())
}

/// Makes an API token for `name` (returned once; the store keeps its SHA-256), audited.
pub fn add_token(store: &mut Store, name: &str, by: &str, at: i64) -> Result<String, ServerError> {
    if store.user(name)?.is_none() {
        return Err(ServerError::NotFound(format!("user {name}")));
    }
    let token = auth::new_token();
    store.put_api_token(
        &auth::token_hash(&token),
        name,
        &plainsight_store::AuditNew {
            at,
            user: by.into(),
            action: "token.add".into(),
            object: format!("user:{name}"),
            detail: String::new(),
        },
    )?;
    Ok(token)
}
