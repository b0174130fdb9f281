//! `plainsight services import|near|gaps|export` and `plainsight refer`: the protection
//! services directory in the case store (`plainsight_engine::services`; the work is in
//! `plainsight-referral`, see docs/services.md).

use super::{OutputArgs, UsageError};
use anyhow::Context;
use plainsight_engine::services::{self as pipeline, Origin};
use plainsight_referral::{Category, Format, ImportOptions, Level, DEFAULT_THRESHOLD_KM};
use plainsight_store::Store;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct Args {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(clap::Subcommand)]
pub enum Command {
    /// Import service directories (HSDS 3 JSON or 1.x/2.x data package, 3W CSV with HXL tags,
    /// GeoJSON); a source imported before is replaced. Data-quality problems are reported per
    /// row, never fixed silently.
    Import(ImportArgs),
    /// The services nearest to a place or a point, nearest first (JSONL: service,
    /// organization, categories, lat, lon, distance_km, source).
    Near(NearArgs),
    /// Per area × category (or per route waypoint × category): the services there, the
    /// distance to the nearest, and a gap flag where networks operate and nothing is within the
    /// threshold. JSONL (or CSV with --csv), one row per area and category: level, country,
    /// area, category, services, nearest_km, measured_from, posts, networks, gap. With
    /// --html FILE, also a self-contained map and table of the same rows.
    Gaps(GapsArgs),
    /// The directory as HSDS 3 JSON (an array of services with organisation, locations,
    /// phones and taxonomy terms nested).
    Export(ExportArgs),
}

#[derive(clap::Args)]
pub struct ImportArgs {
    /// The case store.
    #[arg(long, value_name = "CASE.db")]
    pub db: PathBuf,
    /// Force the format instead of detecting it.
    #[arg(long, value_parser = ["hsds", "3w", "geojson"])]
    pub format: Option<String>,
    /// The country (ISO 3166-1 alpha-2) of rows that state none.
    #[arg(long, value_name = "CC")]
    pub country: Option<String>,
    /// Print {"services", "organizations", "locations", "problems", "unmapped_categories"}.
    #[arg(long)]
    pub json: bool,
    /// Files, or HSDS data package folders.
    #[arg(required = true, value_name = "SOURCE")]
    pub sources: Vec<PathBuf>,
}

#[derive(clap::Args)]
#[command(group(clap::ArgGroup::new("origin").required(true).args(["place", "lat"])))]
pub struct NearArgs {
    #[arg(long, value_name = "CASE.db")]
    pub db: PathBuf,
    /// A place name (through the gazetteer).
    #[arg(long, value_name = "NAME")]
    pub place: Option<String>,
    #[arg(
        long,
        requires = "lon",
        allow_negative_numbers = true,
        value_name = "LAT"
    )]
    pub lat: Option<f64>,
    #[arg(
        long,
        requires = "lat",
        allow_negative_numbers = true,
        value_name = "LON"
    )]
    pub lon: Option<f64>,
    /// Only services of this category (shelter, medical, psychosocial, legal_aid, gbv,
    /// child_protection, family_tracing, identification, hotline, return_reintegration,
    /// livelihoods, other).
    #[arg(long, value_name = "C")]
    pub category: Option<String>,
    #[arg(long, default_value_t = 10, value_name = "N")]
    pub limit: usize,
    #[command(flatten)]
    pub output: OutputArgs,
}

#[derive(clap::Args)]
pub struct GapsArgs {
    #[arg(long, value_name = "CASE.db")]
    pub db: PathBuf,
    /// The areas: country, admin1 or admin2.
    #[arg(long, default_value = "country", value_parser = ["country", "admin1", "admin2"])]
    pub by: String,
    /// A route instead of areas: central-mediterranean, eastern, western-mediterranean,
    /// atlantic.
    #[arg(long, value_name = "NAME")]
    pub route: Option<String>,
    /// Nothing of a category within this distance is a gap.
    #[arg(long, default_value_t = DEFAULT_THRESHOLD_KM, value_name = "KM")]
    pub threshold_km: f64,
    /// CSV with a header instead of JSONL.
    #[arg(long)]
    pub csv: bool,
    /// Also write the gap map and table as one self-contained offline HTML file (no script,
    /// no network); the rows are still written as usual.
    #[arg(long, value_name = "FILE")]
    pub html: Option<PathBuf>,
    #[command(flatten)]
    pub output: OutputArgs,
}

#[derive(clap::Args)]
pub struct ExportArgs {
    #[arg(long, value_name = "CASE.db")]
    pub db: PathBuf,
    #[command(flatten)]
    pub output: OutputArgs,
}

/// `plainsight refer`: for each place of a network's movement, the nearest services of every
/// protection category with distance, contacts and source (JSONL: place, category, service,
/// organization, distance_km, lat, lon, phones, emails, url, source).
#[derive(clap::Args)]
pub struct ReferArgs {
    #[arg(long, value_name = "CASE.db")]
    pub db: PathBuf,
    /// The network id (e.g. N000017).
    #[arg(long, value_name = "ID")]
    pub network: String,
    /// Services per place and category.
    #[arg(long, default_value_t = 3, value_name = "N")]
    pub per_category: usize,
    #[command(flatten)]
    pub output: OutputArgs,
}

fn open_existing(db: &Path) -> anyhow::Result<Store> {
    if !db.is_file() {
        return Err(UsageError(format!("no case store at {}", db.display())).into());
    }
    Ok(Store::open(db)?)
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    match args.command {
        Command::Import(a) => import(a),
        Command::Near(a) => near(a),
        Command::Gaps(a) => gaps(a),
        Command::Export(a) => export(a),
    }
}

fn import(a: ImportArgs) -> anyhow::Result<ExitCode> {
    let format = a
        .format
        .as_deref()
        .map(|f| f.parse::<Format>())
        .transpose()
        .map_err(UsageError)?;
    if let Some(c) = &a.country {
        if plainsight_geo::gazetteer().country(c).is_none() {
            return Err(
                UsageError(format!("--country {c:?} is no ISO 3166-1 alpha-2 code")).into(),
            );
        }
    }
    let opts = ImportOptions {
        format,
        country: a.country.clone(),
    };
    let mut store = Store::open(&a.db)?;
    let report = pipeline::import_into_store(&mut store, &a.sources, &opts, &now()).map_err(
        |e| match e {
            pipeline::ImportError::Source(plainsight_referral::Error::Format { .. }) => {
                anyhow::Error::new(UsageError(e.to_string()))
            }
            e => anyhow::Error::new(e),
        },
    )?;
    let mut out = super::stdout()?.lock();
    if a.json {
        writeln!(out, "{}", serde_json::to_string(&report)?)?;
    } else {
        let mut kinds: std::collections::BTreeMap<&str, usize> = Default::default();
        for p in &report.problems {
            *kinds.entry(p.kind.code()).or_default() += 1;
        }
        writeln!(
            out,
            "imported {} services, {} organizations, {} locations from {} source(s)",
            report.services,
            report.organizations,
            report.locations,
            a.sources.len()
        )?;
        for (k, n) in kinds {
            writeln!(out, "  {n} {k}")?;
        }
        if !report.unmapped_categories.is_empty() {
            writeln!(
                out,
                "  unmapped categories: {}",
                report.unmapped_categories.join(", ")
            )?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn category(c: Option<&str>) -> anyhow::Result<Option<Category>> {
    c.map(|c| c.parse::<Category>().map_err(|e| UsageError(e).into()))
        .transpose()
}

fn near(a: NearArgs) -> anyhow::Result<ExitCode> {
    let cat = category(a.category.as_deref())?;
    let origin = match (&a.place, a.lat, a.lon) {
        (Some(p), _, _) => Origin::Place(p.clone()),
        (None, Some(lat), Some(lon)) => Origin::Point(lat, lon),
        _ => return Err(UsageError("give --place NAME or --lat LAT --lon LON".into()).into()),
    };
    let store = open_existing(&a.db)?;
    let dir = pipeline::load_directory(&store)?;
    let rows = pipeline::near(&dir, &origin, cat, a.limit).map_err(UsageError)?;
    let mut out = a.output.open()?;
    // Serialised first, then written: a closed pipe is then an io::Error the caller
    // recognises (and ends quietly), not a serde error.
    for r in rows {
        writeln!(out, "{}", serde_json::to_string(&r)?)?;
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

fn gaps(a: GapsArgs) -> anyhow::Result<ExitCode> {
    let level: Level = a.by.parse().map_err(UsageError)?;
    if !(a.threshold_km.is_finite() && a.threshold_km >= 0.0) {
        return Err(UsageError("--threshold-km must be a distance of 0 or more".into()).into());
    }
    let store = open_existing(&a.db)?;
    let dir = pipeline::load_directory(&store)?;
    let summaries = pipeline::network_summaries(&store)?;
    let rows = pipeline::gaps(&dir, level, a.route.as_deref(), &summaries, a.threshold_km)
        .map_err(UsageError)?;
    if let Some(path) = &a.html {
        let view = pipeline::gap_view(&rows, level, a.route.as_deref(), a.threshold_km, None);
        let title =
            a.db.file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
        std::fs::write(path, plainsight_output::gaps::standalone(&view, &title))
            .with_context(|| format!("cannot write {}", path.display()))?;
    }
    let mut out = a.output.open()?;
    if a.csv {
        let mut w = csv::Writer::from_writer(&mut out);
        w.write_record([
            "level",
            "country",
            "area",
            "category",
            "services",
            "nearest_km",
            "measured_from",
            "posts",
            "networks",
            "gap",
        ])?;
        for r in &rows {
            let level = serde_json::to_value(r.level)?;
            w.write_record([
                level.as_str().unwrap_or_default(),
                &r.country,
                &r.area,
                r.category.code(),
                &r.services.to_string(),
                &r.nearest_km.map(|d| d.to_string()).unwrap_or_default(),
                &r.measured_from,
                &r.posts.to_string(),
                &r.networks.to_string(),
                &r.gap.to_string(),
            ])?;
        }
        w.flush()?;
    } else {
        for r in rows {
            writeln!(out, "{}", serde_json::to_string(&r)?)?;
        }
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

fn export(a: ExportArgs) -> anyhow::Result<ExitCode> {
    let store = open_existing(&a.db)?;
    let dir = pipeline::load_directory(&store)?;
    let mut out = a.output.open()?;
    let text = serde_json::to_string_pretty(&plainsight_referral::to_hsds3(&dir))?;
    writeln!(out, "{text}")?;
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

pub fn refer(a: ReferArgs) -> anyhow::Result<ExitCode> {
    let store = open_existing(&a.db)?;
    let summary = pipeline::network_summary(&store, &a.network)?
        .ok_or_else(|| UsageError(format!("no network {:?} in {}", a.network, a.db.display())))?;
    let dir = pipeline::load_directory(&store)?;
    let (rows, unknown) = pipeline::refer(&dir, &summary, a.per_category);
    if !unknown.is_empty() {
        eprintln!(
            "plainsight: {} place(s) of the network are not in the gazetteer and get no referrals",
            unknown.len()
        );
    }
    let mut out = a.output.open()?;
    // Serialised first, then written: a closed pipe is then an io::Error the caller
    // recognises (and ends quietly), not a serde error.
    for r in rows {
        writeln!(out, "{}", serde_json::to_string(&r)?)?;
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

/// The time an import is recorded at (UTC, RFC 3339).
fn now() -> String {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0);
    plainsight_core::time::format_rfc3339(secs)
}
