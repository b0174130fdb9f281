//! `plainsight search --db CASE.db (--selector TEXT | --text QUERY | --place NAME | --indicator
//! CODE | --network ID) [--from T] [--to T] [--min-risk R] [--limit N] [--reveal]`: one JSONL
//! line per matching post, riskiest first (`plainsight_engine::search`).

use super::{default_region, OutputArgs, RegionArgs, UsageError};
use plainsight_engine::search::{run as run_search, SearchBy, SearchOptions};
use plainsight_store::Store;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(clap::Args)]
#[command(group(clap::ArgGroup::new("by").required(true).args(["selector", "text", "place", "indicator", "network"])))]
pub struct Args {
    /// The case store.
    #[arg(long, value_name = "CASE.db")]
    pub db: PathBuf,
    /// A phone, e-mail, handle, URL, crypto, payment or licence selector in any disguise: read by the
    /// extractor, so "seven one three, 555 0123" finds +17135550123.
    #[arg(long, value_name = "TEXT")]
    pub selector: Option<String>,
    /// Words in the title or body (all of them; case and diacritics folded).
    #[arg(long, value_name = "QUERY")]
    pub text: Option<String>,
    /// Part of the post's location (case-insensitive for ASCII letters).
    #[arg(long, value_name = "NAME")]
    pub place: Option<String>,
    /// An indicator code (e.g. J004).
    #[arg(long, value_name = "CODE")]
    pub indicator: Option<String>,
    /// A network id (e.g. N000017).
    #[arg(long, value_name = "ID")]
    pub network: Option<String>,
    /// Posted at or after (RFC 3339, or a date YYYY-MM-DD).
    #[arg(long, value_name = "T")]
    pub from: Option<String>,
    /// Posted at or before (RFC 3339, or a date YYYY-MM-DD: the whole day).
    #[arg(long, value_name = "T")]
    pub to: Option<String>,
    /// Only posts with at least this risk (0 to 1).
    #[arg(long, value_name = "R")]
    pub min_risk: Option<f64>,
    /// At most this many posts.
    #[arg(long, default_value_t = 100, value_name = "N")]
    pub limit: usize,
    /// Show selector values unmasked (handle the output as sensitive).
    #[arg(long)]
    pub reveal: bool,
    /// The region of a national number in --selector (ISO 3166-1 alpha-2). Without it, the
    /// number is read by the evidence in the text, then --default-region, and a number valid
    /// in several regions is searched in all of them.
    #[arg(long, value_name = "CC")]
    pub region: Option<String>,
    #[command(flatten)]
    pub regions: RegionArgs,
    #[command(flatten)]
    pub output: OutputArgs,
}

/// `--from`/`--to` in Unix seconds; a bare date is the start (`end_of_day` false) or the end
/// of that day (UTC).
fn time(option: &str, t: &str, end_of_day: bool) -> anyhow::Result<i64> {
    let full = if t.len() == 10 {
        format!("{t}T{}Z", if end_of_day { "23:59:59" } else { "00:00:00" })
    } else {
        t.to_string()
    };
    plainsight_core::time::parse_rfc3339(&full).ok_or_else(|| {
        UsageError(format!(
            "{option} must be an RFC 3339 time or a date YYYY-MM-DD, got {:?}",
            t.chars().take(40).collect::<String>()
        ))
        .into()
    })
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    if let Some(r) = args.min_risk {
        if !(0.0..=1.0).contains(&r) {
            return Err(UsageError("--min-risk must be between 0 and 1".into()).into());
        }
    }
    let by = if let Some(s) = args.selector {
        SearchBy::Selector(s)
    } else if let Some(t) = args.text {
        SearchBy::Text(t)
    } else if let Some(p) = args.place {
        SearchBy::Place(p)
    } else if let Some(c) = args.indicator {
        SearchBy::Indicator(c)
    } else if let Some(n) = args.network {
        SearchBy::Network(n)
    } else {
        return Err(UsageError("say what to search by".into()).into());
    };
    let options = SearchOptions {
        extract: args.regions.extract_config()?,
        region: default_region(args.region.as_deref()).map_err(|_| {
            UsageError("--region must be a region with phone numbering such as US".into())
        })?,
        from: args
            .from
            .as_deref()
            .map(|t| time("--from", t, false))
            .transpose()?,
        to: args
            .to
            .as_deref()
            .map(|t| time("--to", t, true))
            .transpose()?,
        min_risk: args.min_risk,
        limit: args.limit,
        reveal: args.reveal,
    };
    if !args.db.exists() {
        return Err(UsageError(format!("{}: no such case store", args.db.display())).into());
    }
    let store = Store::open(&args.db).map_err(|e| anyhow::anyhow!("{}: {e}", args.db.display()))?;
    let mut out = args.output.open()?;
    let n = run_search(&store, &by, &options, &mut *out)?;
    eprintln!(
        "plainsight search: {n} post{}",
        if n == 1 { "" } else { "s" }
    );
    Ok(ExitCode::SUCCESS)
}
