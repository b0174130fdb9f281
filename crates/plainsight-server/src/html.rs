//! HTML by hand: every value goes through [`esc`]; the layout, the stylesheet (embedded) and
//! the highlighted text of a post. No template engine: the pages are few and small.

use crate::views::Segment;

/// The stylesheet, embedded in the binary (served at `/assets/app.css`).
pub const CSS: &str = include_str!("app.css");

/// Escapes text for HTML element content and double- or single-quoted attributes (the
/// output crate's, shared with the static report).
pub use plainsight_output::report::esc;

/// Percent-encodes a value for a URL path segment or query.
pub fn url(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Who the page is for: shown in the header, and the CSRF token every form carries.
pub struct Viewer<'a> {
    pub user: &'a str,
    pub role: &'a str,
    pub csrf: &'a str,
    pub admin: bool,
}

/// The hidden CSRF field every form carries.
pub fn csrf_field(csrf: &str) -> String {
    format!(r#"<input type="hidden" name="csrf" value="{}">"#, esc(csrf))
}

/// A whole page: header with navigation and sign-out, then `body` (already HTML).
pub fn page(title: &str, who: Option<&Viewer<'_>>, body: &str) -> String {
    let nav = match who {
        Some(v) => format!(
            r#"<nav><a href="/">Queue</a> <a href="/search">Search</a> <a href="/cases">Cases</a> <a href="/gaps">Gaps</a>{admin}
<span class="who">{user} ({role})</span>
<form method="post" action="/logout" class="inline">{csrf}<button id="logout">Sign out</button></form></nav>"#,
            admin = if v.admin {
                r#" <a href="/admin/users">People</a> <a href="/admin/audit">Audit</a>"#
            } else {
                ""
            },
            user = esc(v.user),
            role = esc(v.role),
            csrf = csrf_field(v.csrf),
        ),
        None => String::new(),
    };
    format!(
        r#"<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} · plainsight</title><link rel="stylesheet" href="/assets/app.css"></head>
<body><header><strong>plainsight</strong> {nav}</header>
<main>{body}</main></body></html>"#,
        title = esc(title),
    )
}

/// Highlighted text: selectors (masked unless revealed, by the view) and indicator spans.
pub fn segments(segs: &[Segment]) -> String {
    let mut out = String::new();
    for s in segs {
        match (&s.selector, s.indicators.is_empty()) {
            (Some(kind), _) => out.push_str(&format!(
                r#"<mark class="sel" title="{}">{}</mark>"#,
                esc(kind),
                esc(&s.text)
            )),
            (None, false) => out.push_str(&format!(
                r#"<mark class="ind" title="{}">{}</mark>"#,
                esc(&s.indicators.join(" ")),
                esc(&s.text)
            )),
            (None, true) => out.push_str(&esc(&s.text)),
        }
    }
    out
}

/// A risk in [0, 1] as a bar and a percentage. A `<meter>`, not a styled span: the
/// Content-Security-Policy allows no inline style.
pub fn risk(r: f64) -> String {
    let r = if r.is_finite() {
        r.clamp(0.0, 1.0)
    } else {
        0.0
    };
    format!(
        r#"<span class="nowrap"><meter class="risk" min="0" max="1" low="0.34" high="0.67" optimum="0" value="{r:.4}"></meter> {:.0}%</span>"#,
        r * 100.0
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaping_covers_markup_and_attributes() {
        assert_eq!(
            esc(r#"<script>alert("x")</script> & 'y'"#),
            "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;"
        );
        assert_eq!(url("N1/../a b?"), "N1%2F..%2Fa%20b%3F");
    }
}
