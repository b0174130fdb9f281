//! "Help near this network": for each place of a network's movement, the nearest protection
//! services of every category, as the offline report and the workspace's network page show it
//! (one view, one renderer). The lists are made by the engine from a services directory
//! (`plainsight_engine::services`); this module only holds and draws them.
//!
//! Service names, organisations and contacts are public directory data, not selectors of
//! people in ads, so they are shown as they are; every string is escaped.

use crate::report::esc;
use serde::Serialize;
use std::fmt::Write as _;

/// Distance beyond which a service is marked as far (km): the gap threshold of
/// `plainsight services gaps` (`plainsight_referral::DEFAULT_THRESHOLD_KM`).
pub const FAR_KM: f64 = 100.0;

/// The referral lists of one network.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Help {
    /// Services in the directory the lists come from; 0 when there is none (then `hint` says
    /// how to import one).
    pub directory_services: usize,
    /// Services listed per place and category, at most.
    pub per_category: usize,
    /// The places of the network's movement, in order of first appearance.
    pub places: Vec<HelpPlace>,
    /// Places of the movement not listed (past the cap).
    pub places_left_out: usize,
    /// Places the gazetteer does not know: no distances can be measured from them.
    pub unknown_places: Vec<String>,
    /// Protection categories no service of the directory offers (codes).
    pub missing_categories: Vec<String>,
    /// What to do when there is no directory...
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hint: Option<String>,
    /// ...and the command that does it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub command: Option<String>,
}

/// One place and its nearest services.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct HelpPlace {
    /// "Agadez (NE)": the gazetteer's name and country.
    pub place: String,
    /// Categories in the taxonomy's order; a category the directory lacks is left out.
    pub categories: Vec<HelpCategory>,
}

/// The nearest services of one category to a place, nearest first.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct HelpCategory {
    /// Category code (`shelter`, `medical`, …).
    pub category: String,
    /// Its title ("Shelter / safe housing").
    pub title: String,
    pub services: Vec<HelpService>,
}

/// One service, as `plainsight refer` lists it.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct HelpService {
    pub service: String,
    pub organization: String,
    /// Great-circle distance from the place, km, one decimal.
    pub distance_km: f64,
    pub lat: f64,
    pub lon: f64,
    pub phones: Vec<String>,
    pub emails: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// The directory it came from.
    pub source: String,
}

/// The section's body (the caller writes the heading): a table per place, or the hint when
/// there is no directory. Class names: `help` (the tables), `far` (a service past
/// [`FAR_KM`]), `muted`.
pub fn html(h: &Help) -> String {
    let mut out = String::new();
    if h.directory_services == 0 {
        let _ = write!(
            out,
            "<p class=\"muted help-none\">{}{}</p>",
            esc(h
                .hint
                .as_deref()
                .unwrap_or("No services directory was given.")),
            h.command
                .as_deref()
                .map(|c| format!(" <code>{}</code>", esc(c)))
                .unwrap_or_default()
        );
        return out;
    }
    let _ = write!(
        out,
        "<p class=\"muted\">For each place of the network's movement, the nearest services of each \
protection category ({} services in the directory; great-circle distance): up to {} within {} km, \
else the nearest one, <span class=\"far\">in red</span>. Contacts are the directory's; check them \
before referring anyone.</p>",
        h.directory_services, h.per_category, FAR_KM
    );
    if h.places.is_empty() {
        out.push_str("<p class=\"muted\">No place of this network is in the gazetteer.</p>");
    }
    for p in &h.places {
        let _ = write!(
            out,
            "<table class=\"help\"><caption>{}</caption><tr><th>Category</th>\
<th>Organisation and service</th><th>Distance</th><th>Contacts</th><th>Source</th></tr>",
            esc(&p.place)
        );
        for c in &p.categories {
            // Services within FAR_KM; where there is none, the nearest alone: the rest of the
            // list (in the JSON and `plainsight refer`) is counted, not drawn.
            let near = c
                .services
                .iter()
                .take_while(|s| s.distance_km <= FAR_KM)
                .count();
            let shown = &c.services[..near.max(1).min(c.services.len())];
            let more = c.services.len() - shown.len();
            for (i, s) in shown.iter().enumerate() {
                out.push_str("<tr>");
                if i == 0 {
                    let _ = write!(
                        out,
                        "<td rowspan=\"{}\">{}{}</td>",
                        shown.len(),
                        esc(&c.title),
                        if more > 0 {
                            format!("<br><span class=\"muted\">+{more} beyond {FAR_KM} km</span>")
                        } else {
                            String::new()
                        }
                    );
                }
                let _ = write!(
                    out,
                    "<td>{}{}</td><td class=\"{}\">{:.1} km</td><td class=\"contacts\">{}</td>\
<td class=\"muted\">{}</td></tr>",
                    esc(if s.organization.is_empty() {
                        &s.service
                    } else {
                        &s.organization
                    }),
                    if s.organization.is_empty() || s.organization == s.service {
                        String::new()
                    } else {
                        format!("<br><span class=\"muted\">{}</span>", esc(&s.service))
                    },
                    if s.distance_km > FAR_KM {
                        "far nowrap"
                    } else {
                        "nowrap"
                    },
                    s.distance_km,
                    contacts(s),
                    esc(&s.source),
                );
            }
        }
        out.push_str("</table>");
    }
    if h.places_left_out > 0 {
        let _ = write!(
            out,
            "<p class=\"muted\">… {} more place{} (all with <span class=\"mono\">plainsight refer</span>).</p>",
            h.places_left_out,
            if h.places_left_out == 1 { "" } else { "s" }
        );
    }
    if !h.unknown_places.is_empty() {
        let _ = write!(
            out,
            "<p class=\"muted\">Not in the gazetteer (no referrals): {}.</p>",
            esc(&h.unknown_places.join("; "))
        );
    }
    if !h.missing_categories.is_empty() {
        let _ = write!(
            out,
            "<p class=\"muted\">No service in the directory for: {}.</p>",
            esc(&h.missing_categories.join(", "))
        );
    }
    out
}

fn contacts(s: &HelpService) -> String {
    let mut parts: Vec<String> = Vec::new();
    parts.extend(s.phones.iter().map(|p| esc(p)));
    parts.extend(s.emails.iter().map(|e| esc(e)));
    if let Some(u) = &s.url {
        parts.push(esc(u));
    }
    if parts.is_empty() {
        "<span class=\"muted\">none listed</span>".into()
    } else {
        parts.join("<br>")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one() -> Help {
        Help {
            directory_services: 2,
            per_category: 3,
            places: vec![HelpPlace {
                place: "Agadez (NE)".into(),
                categories: vec![HelpCategory {
                    category: "shelter".into(),
                    title: "Shelter / safe housing".into(),
                    services: vec![
                        HelpService {
                            service: "<b>Safe</b> house".into(),
                            organization: "Aid & \"Care\"".into(),
                            distance_km: 0.4,
                            phones: vec!["+227 20 44 00 00".into()],
                            emails: vec!["help@example.org".into()],
                            url: Some("javascript:alert(1)".into()),
                            source: "sheet.csv".into(),
                            ..HelpService::default()
                        },
                        HelpService {
                            service: "Far shelter".into(),
                            distance_km: 912.3,
                            source: "sheet.csv".into(),
                            ..HelpService::default()
                        },
                    ],
                }],
            }],
            unknown_places: vec!["<Nowhere>".into()],
            ..Help::default()
        }
    }

    #[test]
    fn escapes_everything_and_marks_far_services() {
        let mut help = one();
        help.places[0].categories.push(HelpCategory {
            category: "legal_aid".into(),
            title: "Legal aid".into(),
            services: vec![
                HelpService {
                    service: "Far <legal> aid".into(),
                    distance_km: 301.0,
                    ..HelpService::default()
                },
                HelpService {
                    service: "Farther".into(),
                    distance_km: 402.0,
                    ..HelpService::default()
                },
            ],
        });
        let h = html(&help);
        assert!(h.contains("Aid &amp; &quot;Care&quot;<br><span class=\"muted\">&lt;b&gt;Safe&lt;/b&gt; house</span>"), "{h}");
        assert!(h.contains("+227 20 44 00 00<br>help@example.org<br>javascript:alert(1)"));
        assert!(!h.contains("href"), "contacts are text, never links");
        // Near services shown, a far one past them counted.
        assert!(h.contains("<td rowspan=\"1\">Shelter / safe housing<br><span class=\"muted\">+1 beyond 100 km</span></td>"), "{h}");
        assert!(h.contains("<td class=\"nowrap\">0.4 km</td>"));
        assert!(!h.contains("Far shelter"));
        assert!(h.contains("+1 beyond 100 km"));
        // Nothing near: the nearest alone, in red, the rest counted.
        assert!(h.contains("Far &lt;legal&gt; aid"));
        assert!(h.contains("<td class=\"far nowrap\">301.0 km</td>"));
        assert!(!h.contains("Farther"));
        assert!(h.contains("&lt;Nowhere&gt;"));
        assert!(!h.contains("<Nowhere>") && !h.contains("<b>") && !h.contains("<legal>"));
    }

    #[test]
    fn no_directory_shows_the_hint() {
        let h = html(&Help {
            hint: Some("Import one:".into()),
            command: Some("plainsight services import --db <CASE.db>".into()),
            ..Help::default()
        });
        assert!(
            h.contains("Import one: <code>plainsight services import --db &lt;CASE.db&gt;</code>")
        );
        assert!(!h.contains("<table"));
    }
}
