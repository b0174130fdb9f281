//! `plainsight synth --seed S --posts N -o posts.jsonl --truth truth.jsonl`: a seeded
//! synthetic corpus in the contract's post format, with its ground truth.

use super::UsageError;
use plainsight_synth::{Generator, SynthConfig};
use std::io::{BufWriter, Write};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct Args {
    /// Seed: the same seed and settings give the same corpus, byte for byte.
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
    /// Number of posts.
    #[arg(long, default_value_t = 2000)]
    pub posts: usize,
    /// Write posts to FILE instead of stdout.
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Write the ground truth (id, network, role, persons, selectors with spans) to FILE.
    #[arg(long, value_name = "FILE")]
    pub truth: Option<PathBuf>,
}

/// A file that cannot be created is a runtime failure (exit 1), as for every command's `-o`.
fn create(path: &PathBuf) -> anyhow::Result<Box<dyn Write>> {
    let f = std::fs::File::create(path)
        .map_err(|e| anyhow::anyhow!("cannot create {}: {e}", path.display()))?;
    Ok(Box::new(BufWriter::with_capacity(256 * 1024, f)))
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    if args.posts > 50_000_000 {
        return Err(UsageError("--posts is capped at 50,000,000".into()).into());
    }
    let g = Generator::new(SynthConfig {
        seed: args.seed,
        posts: args.posts,
        ..SynthConfig::default()
    });
    let mut out: Box<dyn Write> = match &args.output {
        Some(p) => create(p)?,
        None => Box::new(BufWriter::with_capacity(256 * 1024, super::stdout()?)),
    };
    let mut truth = args.truth.as_ref().map(create).transpose()?;
    let write =
        |out: &mut Box<dyn Write>, truth: &mut Option<Box<dyn Write>>| -> std::io::Result<()> {
            for (post, t) in g.iter() {
                serde_json::to_writer(&mut *out, &post)?;
                out.write_all(b"\n")?;
                if let Some(w) = truth.as_mut() {
                    serde_json::to_writer(&mut *w, &t)?;
                    w.write_all(b"\n")?;
                }
            }
            out.flush()?;
            if let Some(w) = truth.as_mut() {
                w.flush()?;
            }
            Ok(())
        };
    write(&mut out, &mut truth)
        .map_err(|e| anyhow::Error::new(e).context("cannot write output"))?;
    eprintln!(
        "plainsight synth: {} posts from {} true networks (seed {})",
        g.len(),
        g.networks(),
        args.seed
    );
    Ok(ExitCode::SUCCESS)
}
