//! The link run's files: the contract's stdout lines, `networks.jsonl` and the report page.

use crate::report::{render_with_phones, ReportOptions};
use plainsight_core::network::{Network, PhoneRegions};
use serde::Serialize;
use std::borrow::Borrow;
use std::io::Write;

#[derive(Serialize)]
struct Assignment<'a> {
    id: &'a str,
    network: &'a str,
}

/// The contract's stdout: one `{"id","network"}` line per `(post id, network id)` pair, in the
/// order given (the link run gives input order).
pub fn write_assignments<'a>(
    assignments: impl IntoIterator<Item = (&'a str, &'a str)>,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    for (id, network) in assignments {
        serde_json::to_writer(&mut *out, &Assignment { id, network })?;
        out.write_all(b"\n")?;
    }
    out.flush()
}

/// Networks in display order: riskiest first, then largest, then by id.
pub fn ordered<N: Borrow<Network>>(networks: &[N]) -> Vec<&Network> {
    let mut v: Vec<&Network> = networks.iter().map(Borrow::borrow).collect();
    v.sort_by(|a, b| {
        b.risk
            .total_cmp(&a.risk)
            .then(b.size.cmp(&a.size))
            .then(a.network.cmp(&b.network))
    });
    v
}

/// `networks.jsonl`: one line per network of two or more posts, riskiest first (the
/// contract's shape; selector values unmasked, as the contract asks).
pub fn write_networks<N: Borrow<Network>>(
    networks: &[N],
    out: &mut dyn Write,
) -> std::io::Result<()> {
    for n in ordered(networks) {
        serde_json::to_writer(&mut *out, n)?;
        out.write_all(b"\n")?;
    }
    out.flush()
}

/// The offline HTML report, networks riskiest first (selectors masked unless `reveal`).
/// `posts` is the number of posts linked in the run, for the header; `phones`, where the run
/// kept them, adds where each phone's region came from and the ambiguous numbers.
pub fn write_report<N: Borrow<Network>>(
    networks: &[N],
    phones: Option<&PhoneRegions>,
    posts: usize,
    reveal: bool,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    write_report_with(
        networks,
        phones,
        &ReportOptions {
            reveal,
            total_posts: posts,
            ..ReportOptions::default()
        },
        out,
    )
}

/// [`write_report`] with every option (the referral lists of `link --out --services`).
pub fn write_report_with<N: Borrow<Network>>(
    networks: &[N],
    phones: Option<&PhoneRegions>,
    opts: &ReportOptions,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    let nets = ordered(networks);
    let page = render_with_phones(&nets, phones, opts);
    out.write_all(page.as_bytes())?;
    out.flush()
}
