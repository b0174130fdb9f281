//! The handlers: each page authorizes (by its extractor), calls one view builder on a store
//! connection and renders it; each API route returns the same view as JSON.

use crate::html::{self, csrf_field, esc, page, risk, segments, url, Viewer};
use crate::views::{self, LabelInput, QueueQuery, SearchQuery};
use crate::{Admin, Analyst, App, Peer, ServerError, Session, LOGIN_COOKIE};
use axum::extract::{Path, Query, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::{Form, Json};
use plainsight_store::{LabelCategory, Role};
use serde::Deserialize;

type Page = Result<Response, ServerError>;

fn who(s: &Session) -> Viewer<'_> {
    Viewer {
        user: &s.user,
        role: s.role.as_str(),
        csrf: s.csrf.as_deref().unwrap_or(""),
        admin: s.role >= Role::Admin,
    }
}

fn html(title: &str, s: &Session, body: String) -> Response {
    Html(page(title, Some(&who(s)), &body)).into_response()
}

/// A page that says something went wrong, with the status to send.
pub fn message_page(status: StatusCode, message: &str, s: Option<&Session>) -> Response {
    let body = format!(
        r#"<h1>{}</h1><p class="error">{}</p><p><a href="/">Back to the queue</a></p>"#,
        status.as_u16(),
        esc(message)
    );
    let v = s.map(who);
    (status, Html(page("Error", v.as_ref(), &body))).into_response()
}

pub fn error_page(e: &ServerError, s: Option<&Session>) -> Response {
    message_page(e.status(), &e.to_string(), s)
}

pub async fn css() -> Response {
    (
        [
            (header::CONTENT_TYPE, "text/css; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=3600"),
        ],
        html::CSS,
    )
        .into_response()
}

// ---- sign-in -------------------------------------------------------------------------------

fn login_page(app: &App, headers: &HeaderMap, error: Option<&str>, status: StatusCode) -> Response {
    // The form's token is the browser's sign-in cookie when it has one: a second load of the
    // form (another tab, a redirected favicon request) must not void the first.
    let token = crate::cookie(headers, LOGIN_COOKIE)
        .filter(|t| t.len() == 64 && t.bytes().all(|b| b.is_ascii_hexdigit()))
        .unwrap_or_else(crate::auth::new_token);
    let body = format!(
        r#"<div class="login box"><h1>Sign in</h1>{err}
<form method="post" action="/login">{csrf}
<label for="name">Name</label><input id="name" name="name" autocomplete="username" required>
<label for="password">Password</label><input id="password" name="password" type="password" autocomplete="current-password" required>
<button id="signin">Sign in</button></form></div>"#,
        err = error
            .map(|e| format!(r#"<p class="error">{}</p>"#, esc(e)))
            .unwrap_or_default(),
        csrf = csrf_field(&token),
    );
    let cookie = format!(
        "{LOGIN_COOKIE}={token}; HttpOnly; SameSite=Strict; Path=/login; Max-Age=1800{}",
        if app.config().secure_cookies {
            "; Secure"
        } else {
            ""
        }
    );
    (
        status,
        [(header::SET_COOKIE, cookie)],
        Html(page("Sign in", None, &body)),
    )
        .into_response()
}

pub async fn login_form(State(app): State<App>, headers: HeaderMap) -> Response {
    login_page(&app, &headers, None, StatusCode::OK)
}

#[derive(Deserialize)]
pub struct LoginForm {
    #[serde(default)]
    name: String,
    #[serde(default)]
    password: String,
    #[serde(default)]
    csrf: String,
}

pub async fn login_submit(
    State(app): State<App>,
    Peer(peer): Peer,
    headers: HeaderMap,
    Form(f): Form<LoginForm>,
) -> Response {
    let expected = crate::cookie(&headers, LOGIN_COOKIE).unwrap_or_default();
    if expected.is_empty() || !crate::auth::same(&f.csrf, &expected) {
        return login_page(
            &app,
            &headers,
            Some(&ServerError::Csrf.to_string()),
            StatusCode::FORBIDDEN,
        );
    }
    match app.login(&f.name, &f.password, &peer).await {
        Ok((token, _, _)) => (
            StatusCode::SEE_OTHER,
            [
                (header::SET_COOKIE, app.session_cookie(&token)),
                (header::LOCATION, "/".into()),
            ],
        )
            .into_response(),
        Err(e) => login_page(&app, &headers, Some(&e.to_string()), e.status()),
    }
}

#[derive(Deserialize)]
pub struct LoginJson {
    name: String,
    password: String,
}

pub async fn api_login(
    State(app): State<App>,
    Peer(peer): Peer,
    Json(f): Json<LoginJson>,
) -> Result<Response, ServerError> {
    let (token, csrf, role) = app.login(&f.name, &f.password, &peer).await?;
    Ok((
        [(header::SET_COOKIE, app.session_cookie(&token))],
        Json(serde_json::json!({"user": f.name.trim(), "role": role.as_str(), "csrf": csrf})),
    )
        .into_response())
}

async fn end_session(app: &App, s: &Session) -> Result<(), ServerError> {
    if let Some(hash) = s.token_hash {
        let entry = views::entry(s, app.now(), "logout", &format!("user:{}", s.user), "");
        app.with_store(move |st| Ok(st.end_session(&hash, &entry)?))
            .await?;
    }
    Ok(())
}

pub async fn logout(State(app): State<App>, s: Session) -> Page {
    end_session(&app, &s).await?;
    Ok((
        StatusCode::SEE_OTHER,
        [
            (header::SET_COOKIE, app.clear_cookie()),
            (header::LOCATION, "/login".into()),
        ],
    )
        .into_response())
}

pub async fn api_logout(State(app): State<App>, s: Session) -> Page {
    end_session(&app, &s).await?;
    Ok((
        StatusCode::NO_CONTENT,
        [(header::SET_COOKIE, app.clear_cookie())],
    )
        .into_response())
}

pub async fn api_me(s: Session) -> Json<serde_json::Value> {
    Json(serde_json::json!({"user": s.user, "role": s.role.as_str()}))
}

// ---- the queue -----------------------------------------------------------------------------

fn selected(a: &str, b: &str) -> &'static str {
    if a == b {
        " selected"
    } else {
        ""
    }
}

async fn queue_view(
    app: &App,
    s: &Session,
    q: QueueQuery,
) -> Result<views::QueueView, ServerError> {
    let cache = app.boost_cache();
    let who = s.clone();
    app.with_store(move |st| {
        let boosts = crate::boosts(st, &cache)?;
        views::queue(st, &who, q, &boosts)
    })
    .await
}

pub async fn queue(State(app): State<App>, s: Session, Query(q): Query<QueueQuery>) -> Page {
    let view = queue_view(&app, &s, q).await?;
    let f = &view.filters;
    let label = f.label.as_deref().unwrap_or("");
    let mut label_opts = String::new();
    for (v, t) in [
        ("", "any"),
        ("unlabelled", "unlabelled"),
        ("labelled", "labelled"),
    ]
    .into_iter()
    .chain(LabelCategory::ALL.iter().map(|c| (c.as_str(), c.title())))
    {
        label_opts.push_str(&format!(
            r#"<option value="{}"{}>{}</option>"#,
            esc(v),
            selected(v, label),
            esc(t)
        ));
    }
    let mut rows = String::new();
    for n in &view.networks {
        let labels: Vec<String> = n
            .labels
            .iter()
            .map(|l| format!("{} {}", esc(l.title), l.score))
            .collect();
        let raised = format!(
            "{}{}",
            if n.new {
                r#" <span class="new">new</span>"#
            } else {
                ""
            },
            n.raised
                .as_deref()
                .map(|r| format!(r#"<br><span class="raised">↑ {}</span>"#, esc(r)))
                .unwrap_or_default()
        );
        rows.push_str(&format!(
            r#"<tr><td><a href="/networks/{u}">{id}</a>{raised}</td><td>{risk}</td><td>{size}</td><td>{places}</td><td>{first} – {last}</td><td>{inds}</td><td>{labels}</td></tr>"#,
            u = url(&n.id),
            id = esc(&n.id),
            raised = raised,
            risk = risk(n.risk),
            size = n.size,
            places = esc(&n.locations.join("; ")),
            first = esc(n.first_seen.as_deref().unwrap_or("?")),
            last = esc(n.last_seen.as_deref().unwrap_or("?")),
            inds = esc(&n.indicators.join(" ")),
            labels = if labels.is_empty() {
                r#"<span class="muted">none</span>"#.to_string()
            } else {
                labels.join(", ")
            },
        ));
    }
    if rows.is_empty() {
        rows = r#"<tr><td colspan="7" class="muted">No network matches.</td></tr>"#.into();
    }
    let next = if view.networks.len() == views::QUEUE_PAGE {
        let mut q = view.filters.clone();
        q.offset = Some((view.offset + views::QUEUE_PAGE).to_string());
        format!(
            r#"<p><a href="/?{}">Next {}</a></p>"#,
            esc(&serde_urlencoded::to_string(&q).unwrap_or_default()),
            views::QUEUE_PAGE
        )
    } else {
        String::new()
    };
    let body = format!(
        r#"<h1>Triage queue</h1>
<form class="filters box" method="get" action="/">
<label>Indicator <input name="indicator" size="6" value="{ind}"></label>
<label>Place <input name="place" size="12" value="{place}"></label>
<label>Min. size <input name="min_size" size="4" value="{size}"></label>
<label>Label <select name="label">{label_opts}</select></label>
<label>Posted from <input name="from" size="10" placeholder="YYYY-MM-DD" value="{from}"></label>
<label>to <input name="to" size="10" placeholder="YYYY-MM-DD" value="{to}"></label>
<label><input type="checkbox" name="new" value="1"{new}> new since my last visit</label>
<button id="filter">Filter</button></form>
<table id="queue"><tr><th>Network</th><th>Risk</th><th>Posts</th><th>Places</th><th>Seen</th><th>Indicators</th><th>Labels</th></tr>{rows}</table>{next}"#,
        ind = esc(f.indicator.as_deref().unwrap_or("")),
        place = esc(f.place.as_deref().unwrap_or("")),
        size = esc(f.min_size.as_deref().unwrap_or("")),
        from = esc(f.from.as_deref().unwrap_or("")),
        to = esc(f.to.as_deref().unwrap_or("")),
        new = if f.new.as_deref().is_some_and(|v| !v.is_empty()) {
            " checked"
        } else {
            ""
        },
    );
    Ok(html("Queue", &s, body))
}

pub async fn api_queue(
    State(app): State<App>,
    s: Session,
    Query(q): Query<QueueQuery>,
) -> Result<Json<views::QueueView>, ServerError> {
    Ok(Json(queue_view(&app, &s, q).await?))
}

// ---- a network -----------------------------------------------------------------------------

fn network_html(v: &views::NetworkView, s: &Session) -> String {
    let csrf = s.csrf.as_deref().unwrap_or("");
    let u = url(&v.id);
    let max_w = v
        .evidence
        .iter()
        .map(|e| e.weight.abs())
        .fold(1e-9, f64::max);
    let mut evidence = String::new();
    for e in &v.evidence {
        evidence.push_str(&format!(
            r#"<tr><td>{}</td><td><meter class="wf" min="0" max="{:.3}" value="{:.3}"></meter> {:.1} bits</td><td>{}</td><td>{}</td></tr>"#,
            esc(&e.kind),
            max_w,
            e.weight.abs(),
            e.weight,
            e.items,
            e.links
        ));
    }
    let mut parts = String::new();
    for p in &v.risk_parts {
        parts.push_str(&format!(
            "<li>{} {} (+{:.2})</li>",
            esc(&p.code),
            esc(&p.name),
            p.weight
        ));
    }
    let mut sels = String::new();
    for sel in &v.selectors {
        sels.push_str(&format!(
            r#"<tr><td>{}{}</td><td class="selector">{}</td><td>{}</td></tr>"#,
            esc(sel.kind),
            sel.platform
                .map(|p| format!(" ({})", esc(p)))
                .unwrap_or_default(),
            esc(&sel.value),
            sel.posts
        ));
    }
    const STOPS: usize = 40;
    let mut moves = String::new();
    for m in v.movement.iter().take(STOPS) {
        moves.push_str(&format!(
            "<li>{} — {} ({} post{})</li>",
            esc(m.from.as_deref().unwrap_or("?")),
            esc(&m.location),
            m.posts,
            if m.posts == 1 { "" } else { "s" }
        ));
    }
    if v.movement.len() > STOPS {
        moves.push_str(&format!(
            r#"<li class="muted">… {} more stops (all in the JSON view)</li>"#,
            v.movement.len() - STOPS
        ));
    }
    let mut posts = String::new();
    for p in &v.posts {
        posts.push_str(&format!(
            r#"<tr><td><a href="/posts/{}">{}</a></td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>"#,
            url(&p.id),
            esc(&p.id),
            risk(p.risk),
            esc(p.posted_at.as_deref().unwrap_or("")),
            esc(p.location.as_deref().unwrap_or("")),
            esc(p.title.as_deref().unwrap_or(""))
        ));
    }
    let labels: String = if v.labels.is_empty() {
        r#"<p class="muted">No label yet.</p>"#.into()
    } else {
        v.labels
            .iter()
            .map(|l| {
                format!(
                    r#"<span class="label">{} {}/5 <span class="muted">by {}</span></span> "#,
                    esc(l.title),
                    l.score,
                    esc(&l.user)
                )
            })
            .collect()
    };
    let notes: String = v
        .notes
        .iter()
        .map(|n| {
            format!(
                r#"<div class="box note"><span class="muted">{}</span><br>{}</div>"#,
                esc(&n.user),
                esc(&n.text)
            )
        })
        .collect();
    let analyst = s.role >= Role::Analyst;
    let reveal_form = if analyst && !v.revealed {
        format!(
            r#"<form class="box" method="post" action="/networks/{u}/reveal">{c}
<label for="reason">Reveal selectors — reason (audited)</label><input id="reason" name="reason" size="50" required minlength="{min}">
<button id="reveal">Reveal</button></form>"#,
            c = csrf_field(csrf),
            min = views::MIN_REASON
        )
    } else if v.revealed {
        r#"<p class="box error">Selectors revealed; this view was audited with your reason.</p>"#
            .into()
    } else {
        String::new()
    };
    let judge = if analyst {
        let cats: String = LabelCategory::ALL
            .iter()
            .map(|c| {
                format!(
                    r#"<option value="{}">{}</option>"#,
                    c.as_str(),
                    esc(c.title())
                )
            })
            .collect();
        format!(
            r#"<form class="box" method="post" action="/networks/{u}/label">{c}
<label>Label <select id="category" name="category">{cats}</select></label>
<label>Score <select id="score" name="score"><option>1</option><option>2</option><option selected>3</option><option>4</option><option>5</option></select></label>
<button id="label">Save label</button></form>
<form class="box" method="post" action="/networks/{u}/note">{c}
<label for="note">Note</label><textarea id="note" name="text" maxlength="{max}"></textarea><button id="add-note">Add note</button></form>"#,
            c = csrf_field(csrf),
            max = views::MAX_TEXT
        )
    } else {
        String::new()
    };
    let cases = if v.cases.is_empty() {
        r#"<span class="muted">In no case.</span>"#.to_string()
    } else {
        v.cases
            .iter()
            .map(|c| format!(r#"<a href="/cases/{}">{}</a>"#, c.id, esc(&c.name)))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let case_form = if analyst && !v.all_cases.is_empty() {
        let opts: String = v
            .all_cases
            .iter()
            .map(|c| format!(r#"<option value="{}">{}</option>"#, c.id, esc(&c.name)))
            .collect();
        format!(
            r#"<form class="box" method="post" action="/networks/{u}/case">{c}
<label>Add to case <select id="case" name="case">{opts}</select></label> <button id="add-to-case">Add</button>
<a href="/cases">New case…</a></form>"#,
            c = csrf_field(csrf)
        )
    } else if analyst {
        r#"<p><a href="/cases">Open a case</a> to collect networks.</p>"#.to_string()
    } else {
        String::new()
    };
    format!(
        r#"<h1>Network {id}</h1>
<p>{risk} risk · {size} posts · seen {first} – {last} · {places}</p>
<p>Export (masked, audited): <a id="export-csv" href="/networks/{u}/export?format=csv">CSV</a> · <a href="/networks/{u}/export?format=ftm">FollowTheMoney</a> · <a href="/networks/{u}/export?format=gexf">GEXF</a> · <a href="/networks/{u}/export?format=graphml">GraphML</a></p>
{reveal_form}
<h2>Labels</h2><div id="labels">{labels}</div>{judge}
<h2>Cases</h2><p id="cases">{cases}</p>{case_form}
<h2>Graph</h2><p class="muted">Posts (dots, outer ring; each links to its post) and what they carry (squares, inner ring: phones red, emails purple, URLs blue, handles green, photos amber; the more posts, the bigger).{left_out}</p>{graph}
<h2>Why these posts are one network</h2><table id="evidence"><tr><th>Evidence</th><th>Weight</th><th>Items</th><th>Links</th></tr>{evidence}</table>
<h2>Risk</h2><ul>{parts}</ul>
<h2>Selectors</h2><table id="selectors"><tr><th>Kind</th><th>Value</th><th>Posts</th></tr>{sels}</table>
<h2>Movement</h2>{map}<ul>{moves}</ul>
<h2 id="help">Help near this network</h2><div id="referrals">{help}</div>
<h2>Posts</h2><table id="posts"><tr><th>Post</th><th>Risk</th><th>Posted</th><th>Place</th><th>Title</th></tr>{posts}</table>
<h2>Notes</h2>{notes}"#,
        id = esc(&v.id),
        risk = risk(v.risk),
        size = v.size,
        first = esc(v.first_seen.as_deref().unwrap_or("?")),
        last = esc(v.last_seen.as_deref().unwrap_or("?")),
        places = esc(&v.locations.join("; ")),
        graph = crate::graph::svg(&v.graph),
        map = crate::map::svg(&v.map),
        help = plainsight_output::help::html(&v.help),
        left_out = if v.graph.items_left_out + v.graph.posts_left_out > 0 {
            format!(
                " Not drawn: {}, {} (the least shared, the least risky).",
                plainsight_engine::summary::plural(v.graph.items_left_out as u64, "item", "items"),
                plainsight_engine::summary::plural(v.graph.posts_left_out as u64, "post", "posts")
            )
        } else {
            String::new()
        },
    )
}

pub async fn network(State(app): State<App>, s: Session, Path(id): Path<String>) -> Page {
    let now = app.now();
    let cache = app.services_cache();
    let who = s.clone();
    let v = app
        .with_store(move |st| views::network(st, &who, now, &id, None, &cache))
        .await?;
    Ok(html(&format!("Network {}", v.id), &s, network_html(&v, &s)))
}

#[derive(Deserialize)]
pub struct RevealForm {
    #[serde(default)]
    reason: String,
}

pub async fn network_reveal(
    State(app): State<App>,
    Analyst(s): Analyst,
    Path(id): Path<String>,
    Form(f): Form<RevealForm>,
) -> Page {
    let reason = views::reason(&f.reason)?;
    let now = app.now();
    let cache = app.services_cache();
    let who = s.clone();
    let v = app
        .with_store(move |st| views::network(st, &who, now, &id, Some(&reason), &cache))
        .await?;
    Ok(html(&format!("Network {}", v.id), &s, network_html(&v, &s)))
}

pub async fn network_label(
    State(app): State<App>,
    Analyst(s): Analyst,
    Path(id): Path<String>,
    Form(f): Form<LabelInput>,
) -> Page {
    let now = app.now();
    let to = format!("/networks/{}", url(&id));
    app.with_store(move |st| views::label(st, &s, now, &id, &f))
        .await?;
    Ok(Redirect::to(&to).into_response())
}

#[derive(Deserialize)]
pub struct NoteInput {
    #[serde(default)]
    text: String,
}

pub async fn network_note(
    State(app): State<App>,
    Analyst(s): Analyst,
    Path(id): Path<String>,
    Form(f): Form<NoteInput>,
) -> Page {
    let now = app.now();
    let to = format!("/networks/{}", url(&id));
    app.with_store(move |st| views::note(st, &s, now, &id, &f.text))
        .await?;
    Ok(Redirect::to(&to).into_response())
}

#[derive(Deserialize)]
pub struct ExportQuery {
    #[serde(default)]
    format: String,
}

/// A file to download, named after what it holds.
fn download(
    format: plainsight_output::export::ExportFormat,
    bytes: Vec<u8>,
    what: &str,
    id: &str,
) -> Response {
    let safe: String = id
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
        .take(40)
        .collect();
    let ext = match format.as_str() {
        "ftm" => "ftm.jsonl",
        other => other,
    };
    let ctype = match format.as_str() {
        "csv" => "text/csv; charset=utf-8",
        "ftm" => "application/x-ndjson",
        _ => "application/xml",
    };
    (
        [
            (header::CONTENT_TYPE, HeaderValue::from_static(ctype)),
            (
                header::CONTENT_DISPOSITION,
                HeaderValue::from_str(&format!("attachment; filename=\"{what}-{safe}.{ext}\""))
                    .unwrap_or(HeaderValue::from_static("attachment")),
            ),
        ],
        bytes,
    )
        .into_response()
}

async fn export(app: App, s: Session, id: String, format: String) -> Page {
    let now = app.now();
    let name = id.clone();
    let (format, bytes) = app
        .with_store(move |st| views::export(st, &s, now, &id, &format))
        .await?;
    Ok(download(format, bytes, "network", &name))
}

/// A network's export, for the page's links and the API alike (the same answer).
pub async fn network_export(
    State(app): State<App>,
    s: Session,
    Path(id): Path<String>,
    Query(q): Query<ExportQuery>,
) -> Page {
    export(app, s, id, q.format).await
}

pub async fn api_network(
    State(app): State<App>,
    s: Session,
    Path(id): Path<String>,
) -> Result<Json<views::NetworkView>, ServerError> {
    let now = app.now();
    let cache = app.services_cache();
    Ok(Json(
        app.with_store(move |st| views::network(st, &s, now, &id, None, &cache))
            .await?,
    ))
}

#[derive(Deserialize)]
pub struct RevealJson {
    reason: String,
}

pub async fn api_network_reveal(
    State(app): State<App>,
    Analyst(s): Analyst,
    Path(id): Path<String>,
    Json(f): Json<RevealJson>,
) -> Result<Json<views::NetworkView>, ServerError> {
    let reason = views::reason(&f.reason)?;
    let now = app.now();
    let cache = app.services_cache();
    Ok(Json(
        app.with_store(move |st| views::network(st, &s, now, &id, Some(&reason), &cache))
            .await?,
    ))
}

#[derive(Deserialize)]
pub struct LabelJson {
    category: String,
    score: u8,
}

pub async fn api_label(
    State(app): State<App>,
    Analyst(s): Analyst,
    Path(id): Path<String>,
    Json(f): Json<LabelJson>,
) -> Result<StatusCode, ServerError> {
    let now = app.now();
    let input = LabelInput {
        category: f.category,
        score: f.score.to_string(),
    };
    app.with_store(move |st| views::label(st, &s, now, &id, &input))
        .await?;
    Ok(StatusCode::NO_CONTENT)
}

pub async fn api_note(
    State(app): State<App>,
    Analyst(s): Analyst,
    Path(id): Path<String>,
    Json(f): Json<NoteInput>,
) -> Result<Json<serde_json::Value>, ServerError> {
    let now = app.now();
    let note = app
        .with_store(move |st| views::note(st, &s, now, &id, &f.text))
        .await?;
    Ok(Json(serde_json::json!({"note": note})))
}

// ---- a post --------------------------------------------------------------------------------

fn post_html(v: &views::PostView, s: &Session) -> String {
    let reveal = if s.role >= Role::Analyst && !v.revealed {
        format!(
            r#"<form class="box" method="post" action="/posts/{u}/reveal">{c}
<label for="reason">Reveal selectors — reason (audited)</label><input id="reason" name="reason" size="50" required minlength="{min}">
<button id="reveal">Reveal</button></form>"#,
            u = url(&v.id),
            c = csrf_field(s.csrf.as_deref().unwrap_or("")),
            min = views::MIN_REASON
        )
    } else {
        String::new()
    };
    let mut inds = String::new();
    for h in &v.indicators {
        inds.push_str(&format!(
            "<li>{} {} ({}, +{:.2})</li>",
            esc(&h.code),
            esc(&h.name),
            esc(h.field.as_str()),
            h.weight
        ));
    }
    format!(
        r#"<h1>Post {id}</h1>
<p>{risk} risk · {ptype} · {posted} · {place} · {site}{net}</p>{reveal}
<h2 class="post-title">{title}</h2><div class="post" id="body">{body}</div>
<h2>Indicators</h2><ul>{inds}</ul>"#,
        id = esc(&v.id),
        risk = risk(v.risk),
        ptype = esc(&v.post_type),
        posted = esc(v.posted_at.as_deref().unwrap_or("")),
        place = esc(v.location.as_deref().unwrap_or("")),
        site = esc(v.site.as_deref().unwrap_or("")),
        net = v
            .network
            .as_deref()
            .map(|n| format!(
                r#" · network <a href="/networks/{}">{}</a>"#,
                url(n),
                esc(n)
            ))
            .unwrap_or_default(),
        title = segments(&v.title),
        body = segments(&v.body),
    )
}

pub async fn post(State(app): State<App>, s: Session, Path(id): Path<String>) -> Page {
    let now = app.now();
    let who = s.clone();
    let v = app
        .with_store(move |st| views::post(st, &who, now, &id, None))
        .await?;
    Ok(html(&format!("Post {}", v.id), &s, post_html(&v, &s)))
}

pub async fn post_reveal(
    State(app): State<App>,
    Analyst(s): Analyst,
    Path(id): Path<String>,
    Form(f): Form<RevealForm>,
) -> Page {
    let reason = views::reason(&f.reason)?;
    let now = app.now();
    let who = s.clone();
    let v = app
        .with_store(move |st| views::post(st, &who, now, &id, Some(&reason)))
        .await?;
    Ok(html(&format!("Post {}", v.id), &s, post_html(&v, &s)))
}

pub async fn api_post(
    State(app): State<App>,
    s: Session,
    Path(id): Path<String>,
) -> Result<Json<views::PostView>, ServerError> {
    let now = app.now();
    Ok(Json(
        app.with_store(move |st| views::post(st, &s, now, &id, None))
            .await?,
    ))
}

pub async fn api_post_reveal(
    State(app): State<App>,
    Analyst(s): Analyst,
    Path(id): Path<String>,
    Json(f): Json<RevealJson>,
) -> Result<Json<views::PostView>, ServerError> {
    let reason = views::reason(&f.reason)?;
    let now = app.now();
    Ok(Json(
        app.with_store(move |st| views::post(st, &s, now, &id, Some(&reason)))
            .await?,
    ))
}

// ---- service gaps --------------------------------------------------------------------------

async fn gaps_view(
    app: &App,
    q: views::GapsQuery,
) -> Result<plainsight_output::gaps::GapView, ServerError> {
    app.with_store(move |st| views::gaps(st, &q)).await
}

pub async fn gaps(State(app): State<App>, s: Session, Query(q): Query<views::GapsQuery>) -> Page {
    use plainsight_output::gaps as g;
    let form = q.clone();
    let view = gaps_view(&app, q).await?;
    let f = |v: &Option<String>| v.as_deref().unwrap_or("").trim().to_string();
    let (by, route, category, threshold) = (
        f(&form.by),
        f(&form.route),
        f(&form.category),
        f(&form.threshold_km),
    );
    let mut by_opts = String::new();
    for v in ["country", "admin1", "admin2"] {
        by_opts.push_str(&format!(
            r#"<option value="{v}"{}>{v}</option>"#,
            selected(v, if by.is_empty() { "country" } else { &by })
        ));
    }
    let mut route_opts = String::from(r#"<option value="">none (areas)</option>"#);
    for (id, name) in plainsight_engine::services::route_names() {
        route_opts.push_str(&format!(
            r#"<option value="{}"{}>{}</option>"#,
            esc(&id),
            selected(&id, &route),
            esc(&name)
        ));
    }
    let mut cat_opts = String::from(r#"<option value="">every category</option>"#);
    for c in plainsight_engine::services::ServiceCategory::ALL {
        if c == plainsight_engine::services::ServiceCategory::Other {
            continue;
        }
        cat_opts.push_str(&format!(
            r#"<option value="{}"{}>{}</option>"#,
            c.code(),
            selected(c.code(), &category),
            esc(c.label())
        ));
    }
    let body = format!(
        r#"<h1>Service gaps</h1>
<form class="filters box" method="get" action="/gaps">
<label>Areas by <select name="by">{by_opts}</select></label>
<label>Route <select name="route">{route_opts}</select></label>
<label>Category <select name="category">{cat_opts}</select></label>
<label>Threshold (km) <input name="threshold_km" size="5" placeholder="100" value="{threshold}"></label>
<button id="gaps-filter">Show</button></form>
<p>{caption}</p><div class="map">{svg}</div><div class="scroll">{table}</div>
<p class="muted">Also as JSON at <code>/api/v1/gaps</code>, and as a standalone file with <code>plainsight services gaps --html FILE</code>.</p>"#,
        threshold = esc(&threshold),
        caption = esc(&g::caption(&view)),
        svg = g::svg(&view),
        table = g::table(&view),
    );
    Ok(html("Service gaps", &s, body))
}

pub async fn api_gaps(
    State(app): State<App>,
    _s: Session,
    Query(q): Query<views::GapsQuery>,
) -> Result<Json<plainsight_output::gaps::GapView>, ServerError> {
    Ok(Json(gaps_view(&app, q).await?))
}

// ---- search --------------------------------------------------------------------------------

pub async fn search(State(app): State<App>, s: Session, Query(q): Query<SearchQuery>) -> Page {
    let now = app.now();
    let who = s.clone();
    let v = app
        .with_store(move |st| views::search(st, &who, now, q))
        .await?;
    let mut opts = String::new();
    for by in ["selector", "text", "place", "indicator", "network"] {
        opts.push_str(&format!(
            r#"<option value="{by}"{}>{by}</option>"#,
            selected(by, &v.by)
        ));
    }
    let mut rows = String::new();
    for h in &v.hits {
        rows.push_str(&format!(
            r#"<tr><td><a href="/posts/{}">{}</a></td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>"#,
            url(&h.id),
            esc(&h.id),
            h.network
                .as_deref()
                .map(|n| format!(r#"<a href="/networks/{}">{}</a>"#, url(n), esc(n)))
                .unwrap_or_default(),
            risk(h.risk),
            esc(h.posted_at.as_deref().unwrap_or("")),
            esc(h.title.as_deref().unwrap_or("")),
        ));
    }
    let results = if v.searched {
        format!(
            r#"<p>{} posts (at most 100), riskiest first.</p><table id="results"><tr><th>Post</th><th>Network</th><th>Risk</th><th>Posted</th><th>Title</th></tr>{rows}</table>"#,
            v.hits.len()
        )
    } else {
        String::new()
    };
    let body = format!(
        r#"<h1>Search</h1><form class="box" method="get" action="/search">
<select id="by" name="by">{opts}</select> <input id="q" name="q" size="40" value="{q}"> <button id="search">Search</button>
<p class="muted">A selector is read in any disguise ("seven one three…"); searches are audited.</p></form>{results}"#,
        q = esc(&v.q)
    );
    Ok(html("Search", &s, body))
}

pub async fn api_search(
    State(app): State<App>,
    s: Session,
    Query(q): Query<SearchQuery>,
) -> Result<Json<views::SearchView>, ServerError> {
    let now = app.now();
    Ok(Json(
        app.with_store(move |st| views::search(st, &s, now, q))
            .await?,
    ))
}

// ---- scan ----------------------------------------------------------------------------------

/// At most this many photo matches in a scan's answer (nearest first).
const MAX_PHOTO_MATCHES: usize = 50;

pub async fn api_scan(
    State(app): State<App>,
    _s: Session,
    Json(post): Json<plainsight_core::Post>,
) -> Result<Json<serde_json::Value>, ServerError> {
    let post_hashes = post
        .image_hashes
        .iter()
        .take(32)
        .map(|h| plainsight_core::PdqHash::from_hex(h.trim()))
        .collect::<Result<Vec<_>, _>>()
        .map_err(|_| ServerError::BadRequest("image_hashes must be 64 hex digits each".into()))?;
    let a = app.clone();
    let scanned = tokio::task::spawn_blocking(move || a.scanner().scan(&post))
        .await
        .map_err(|_| ServerError::Internal("the scan's worker stopped".into()))?;
    let values: Vec<(Option<plainsight_core::SelectorKind>, String)> = scanned
        .selectors
        .iter()
        .map(|s| (Some(s.kind), s.reveal_value().to_string()))
        .collect();
    let hashes: Vec<plainsight_core::PdqHash> = post_hashes;
    let cache = app.photo_cache();
    let photo_matches = if hashes.is_empty() {
        Vec::new()
    } else {
        app.with_store(move |st| {
            let stored = crate::photos(st, &cache)?;
            // An exact scan: a popcount per stored hash (about a millisecond per query hash
            // at a million photos), nearest first, at most MAX_PHOTO_MATCHES.
            let mut found: Vec<(u32, usize, i64)> = Vec::new();
            for (qi, q) in hashes.iter().enumerate() {
                for (pk, h) in stored.iter() {
                    let d = q.distance(h);
                    if d <= crate::PHOTO_DISTANCE {
                        found.push((d, qi, *pk));
                    }
                }
            }
            found.sort_unstable();
            found.truncate(MAX_PHOTO_MATCHES);
            let pks: Vec<i64> = found.iter().map(|f| f.2).collect();
            let posts: std::collections::BTreeMap<i64, (String, Option<String>)> = st
                .posts_by_pk(&pks)?
                .into_iter()
                .map(|(pk, id, net)| (pk, (id, net)))
                .collect();
            Ok(found
                .into_iter()
                .filter_map(|(d, qi, pk)| {
                    posts.get(&pk).map(|(id, net)| {
                        serde_json::json!({"image": qi, "post": id, "network": net, "distance": d})
                    })
                })
                .collect::<Vec<_>>())
        })
        .await?
    };
    let networks = if values.is_empty() {
        Vec::new()
    } else {
        app.with_store(move |st| {
            let hits = st.search(&plainsight_store::Query {
                criterion: plainsight_store::Criterion::Selectors(values),
                from: None,
                to: None,
                min_risk: None,
                limit: 200,
            })?;
            Ok(hits
                .into_iter()
                .filter_map(|h| h.network)
                .collect::<std::collections::BTreeSet<_>>()
                .into_iter()
                .collect::<Vec<_>>())
        })
        .await?
    };
    let e = &scanned.evaluation;
    Ok(Json(serde_json::json!({
        "risk": e.risk.score,
        "reasons": e.risk.contributions,
        "post_type": e.post_type.kind,
        "selectors": scanned.selectors,
        "ambiguous": scanned.ambiguous,
        "indicators": e.indicators,
        "networks": networks,
        "photo_matches": photo_matches,
    })))
}

// ---- people and audit ----------------------------------------------------------------------

pub async fn users(State(app): State<App>, Admin(s): Admin) -> Page {
    let list = app.with_store(|st| Ok(st.users()?)).await?;
    let mut rows = String::new();
    for (name, role, _) in &list {
        rows.push_str(&format!(
            "<tr><td>{}</td><td>{}</td></tr>",
            esc(name),
            esc(role.as_str())
        ));
    }
    let body = format!(
        r#"<h1>People</h1><table id="users"><tr><th>Name</th><th>Role</th></tr>{rows}</table>
<form class="box" method="post" action="/admin/users">{c}
<label>Name <input name="name" required></label>
<label>Role <select name="role"><option>viewer</option><option>analyst</option><option>admin</option></select></label>
<label>Password <input name="password" type="password" minlength="10" required></label>
<button>Add or change</button></form>"#,
        c = csrf_field(s.csrf.as_deref().unwrap_or(""))
    );
    Ok(html("People", &s, body))
}

#[derive(Deserialize)]
pub struct UserForm {
    #[serde(default)]
    name: String,
    #[serde(default)]
    role: String,
    #[serde(default)]
    password: String,
}

pub async fn users_add(State(app): State<App>, Admin(s): Admin, Form(f): Form<UserForm>) -> Page {
    let role = Role::parse(&f.role)
        .ok_or_else(|| ServerError::BadRequest("role is viewer, analyst or admin".into()))?;
    let now = app.now();
    app.with_store(move |st| crate::add_user(st, &f.name, role, &f.password, &s.user, now))
        .await?;
    Ok(Redirect::to("/admin/users").into_response())
}

pub async fn audit(State(app): State<App>, Admin(s): Admin) -> Page {
    let (verdict, entries) = app
        .with_store(|st| {
            let verdict = st.verify_audit()?;
            let total = match &verdict {
                plainsight_store::AuditVerdict::Intact { entries, .. } => *entries,
                _ => i64::MAX,
            };
            let from = if total == i64::MAX {
                0
            } else {
                (total - 200).max(0)
            };
            Ok((verdict, st.audit_entries(from, 200)?))
        })
        .await?;
    let status = match verdict {
        plainsight_store::AuditVerdict::Intact { entries, head } => format!(
            r#"<p class="box">The chain is intact: {entries} entries, head <code>{}</code>.</p>"#,
            head.iter().map(|b| format!("{b:02x}")).collect::<String>()
        ),
        plainsight_store::AuditVerdict::Broken(b) => {
            format!(
                r#"<p class="box error">The chain is broken: {}.</p>"#,
                esc(&b.to_string())
            )
        }
    };
    let mut rows = String::new();
    for e in entries.iter().rev() {
        rows.push_str(&format!(
            "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            e.seq,
            e.at,
            esc(&e.user),
            esc(&e.action),
            esc(&e.object),
            esc(&e.detail)
        ));
    }
    let body = format!(
        r#"<h1>Audit log</h1>{status}<table id="audit"><tr><th>#</th><th>At</th><th>Who</th><th>Did</th><th>What</th><th>Detail</th></tr>{rows}</table>"#
    );
    Ok(html("Audit", &s, body))
}

// ---- cases ---------------------------------------------------------------------------------

pub async fn cases(State(app): State<App>, s: Session) -> Page {
    let v = app.with_store(|st| views::cases(st)).await?;
    let mut rows = String::new();
    for c in &v.cases {
        rows.push_str(&format!(
            r#"<tr><td><a href="/cases/{}">{}</a></td><td>{}</td><td>{}</td></tr>"#,
            c.id,
            esc(&c.name),
            c.networks,
            esc(&c.created_by)
        ));
    }
    if rows.is_empty() {
        rows = r#"<tr><td colspan="3" class="muted">No case yet.</td></tr>"#.into();
    }
    let form = if s.role >= Role::Analyst {
        format!(
            r#"<form class="box" method="post" action="/cases">{}
<label>New case <input id="case-name" name="name" size="40" required maxlength="200"></label> <button id="create-case">Open</button></form>"#,
            csrf_field(s.csrf.as_deref().unwrap_or(""))
        )
    } else {
        String::new()
    };
    let body = format!(
        r#"<h1>Cases</h1>{form}<table id="case-list"><tr><th>Case</th><th>Networks</th><th>Opened by</th></tr>{rows}</table>"#
    );
    Ok(html("Cases", &s, body))
}

pub async fn api_cases(
    State(app): State<App>,
    _s: Session,
) -> Result<Json<views::CasesView>, ServerError> {
    Ok(Json(app.with_store(|st| views::cases(st)).await?))
}

#[derive(Deserialize)]
pub struct CaseForm {
    #[serde(default)]
    name: String,
}

pub async fn case_create(
    State(app): State<App>,
    Analyst(s): Analyst,
    Form(f): Form<CaseForm>,
) -> Page {
    let now = app.now();
    let id = app
        .with_store(move |st| views::create_case(st, &s, now, &f.name))
        .await?;
    Ok(Redirect::to(&format!("/cases/{id}")).into_response())
}

pub async fn api_case_create(
    State(app): State<App>,
    Analyst(s): Analyst,
    Json(f): Json<CaseForm>,
) -> Result<Json<serde_json::Value>, ServerError> {
    let now = app.now();
    let id = app
        .with_store(move |st| views::create_case(st, &s, now, &f.name))
        .await?;
    Ok(Json(serde_json::json!({"case": id})))
}

pub async fn case(State(app): State<App>, s: Session, Path(id): Path<String>) -> Page {
    let now = app.now();
    let who = s.clone();
    let v = app
        .with_store(move |st| views::case(st, &who, now, &id))
        .await?;
    let mut rows = String::new();
    for n in &v.networks {
        rows.push_str(&format!(
            r#"<tr><td><a href="/networks/{u}">{id}</a></td><td>{risk}</td><td>{size}</td><td>{places}</td><td>{inds}</td></tr>"#,
            u = url(&n.id),
            id = esc(&n.id),
            risk = risk(n.risk),
            size = n.size,
            places = esc(&n.locations.join("; ")),
            inds = esc(&n.indicators.join(" ")),
        ));
    }
    if rows.is_empty() {
        rows = r#"<tr><td colspan="5" class="muted">No network yet: add them from their pages.</td></tr>"#.into();
    }
    let body = format!(
        r#"<h1>Case: {name}</h1><p class="muted">Opened by {by}.</p>
<p>Export every post of its networks (masked, audited): <a id="case-export-csv" href="/cases/{id}/export?format=csv">CSV</a> · <a href="/cases/{id}/export?format=ftm">FollowTheMoney</a> · <a href="/cases/{id}/export?format=gexf">GEXF</a> · <a href="/cases/{id}/export?format=graphml">GraphML</a></p>
<table id="case-networks"><tr><th>Network</th><th>Risk</th><th>Posts</th><th>Places</th><th>Indicators</th></tr>{rows}</table>"#,
        name = esc(&v.name),
        by = esc(&v.created_by),
        id = v.id,
    );
    Ok(html(&format!("Case {}", v.name), &s, body))
}

pub async fn api_case(
    State(app): State<App>,
    s: Session,
    Path(id): Path<String>,
) -> Result<Json<views::CaseView>, ServerError> {
    let now = app.now();
    Ok(Json(
        app.with_store(move |st| views::case(st, &s, now, &id))
            .await?,
    ))
}

#[derive(Deserialize)]
pub struct AddToCaseForm {
    #[serde(default)]
    case: String,
}

pub async fn network_add_to_case(
    State(app): State<App>,
    Analyst(s): Analyst,
    Path(id): Path<String>,
    Form(f): Form<AddToCaseForm>,
) -> Page {
    let now = app.now();
    let to = format!("/networks/{}", url(&id));
    app.with_store(move |st| views::add_to_case(st, &s, now, &f.case, &id))
        .await?;
    Ok(Redirect::to(&to).into_response())
}

#[derive(Deserialize)]
pub struct CaseNetworkJson {
    network: String,
}

pub async fn api_case_add(
    State(app): State<App>,
    Analyst(s): Analyst,
    Path(id): Path<String>,
    Json(f): Json<CaseNetworkJson>,
) -> Result<StatusCode, ServerError> {
    let now = app.now();
    app.with_store(move |st| views::add_to_case(st, &s, now, &id, &f.network))
        .await?;
    Ok(StatusCode::NO_CONTENT)
}

async fn case_export_response(app: App, s: Session, id: String, format: String) -> Page {
    let now = app.now();
    let name = id.clone();
    let (format, bytes) = app
        .with_store(move |st| views::export_case(st, &s, now, &id, &format))
        .await?;
    Ok(download(format, bytes, "case", &name))
}

/// A case's export, for the page's links and the API alike (the same answer).
pub async fn case_export(
    State(app): State<App>,
    s: Session,
    Path(id): Path<String>,
    Query(q): Query<ExportQuery>,
) -> Page {
    case_export_response(app, s, id, q.format).await
}
