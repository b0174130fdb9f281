//! `plainsight hash FILE...`: one JSON line per image, in argument order (see CONTRACT.md);
//! the pipeline is [`plainsight_engine::images::hash_files`]. Files are hashed in parallel
//! (`--threads`, at most one per core) under a memory budget shared by the images in flight
//! (`--max-memory-mib`); an unreadable, truncated or hostile file is an error line and the run
//! goes on.
//!
//! Pixels are read as the reference hashers read them (Meta's `pdq-photo-hasher`,
//! python-threatexchange), so hashes agree with the shared lists: as stored (`--orient exif`
//! applies the EXIF orientation first) and 16-bit grey clipped as PIL does (`--gray16 scale`
//! scales it instead).

use super::UsageError;
use plainsight_engine::images;
use plainsight_imagehash::{DecodeOptions, MemoryBudget};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct Args {
    /// Image files (JPEG, PNG, WebP, GIF, BMP, TIFF; the format is read from the content).
    #[arg(required = true)]
    pub files: Vec<PathBuf>,
    /// Also print the hashes of the eight rotations and flips (`"dihedral": {name: hash}`).
    #[arg(long)]
    pub dihedral: bool,
    #[command(flatten)]
    pub decode: DecodeArgs,
    #[command(flatten)]
    pub run: ImageRunArgs,
}

/// Which way up an image is hashed.
#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum Orient {
    /// The pixels as stored, EXIF orientation ignored: what the reference hashers do, and so
    /// what shared hash lists hold.
    Stored,
    /// The image as a viewer shows it, EXIF orientation applied.
    Exif,
}

/// How 16-bit greyscale is reduced to 8 bits.
#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum Gray16 {
    /// Clip at 255, as PIL's convert("RGB") does (python-threatexchange's hashes).
    Clip,
    /// Scale (v / 257): what the image looks like.
    Scale,
}

/// Decoding options and bounds shared by `hash` and `match`.
#[derive(clap::Args, Clone)]
pub struct DecodeArgs {
    /// `stored` hashes the pixels as stored, as Meta's reference tools do (hash lists match);
    /// `exif` applies the EXIF orientation first. To find a rotated copy either way, use
    /// `match --dihedral`.
    #[arg(long, value_enum, default_value_t = Orient::Stored)]
    pub orient: Orient,
    /// 16-bit greyscale: `clip` as PIL (python-threatexchange) does, or `scale`.
    #[arg(long, value_enum, default_value_t = Gray16::Clip)]
    pub gray16: Gray16,
    /// Refuse images with more pixels than this, from the header, before decoding.
    #[arg(long, default_value_t = 128_000_000)]
    pub max_pixels: u64,
    /// Refuse files larger than this many MiB, from their size, before reading.
    #[arg(long, default_value_t = 256)]
    pub max_file_mib: u64,
}

impl DecodeArgs {
    pub fn options(&self) -> DecodeOptions {
        DecodeOptions {
            apply_exif_orientation: self.orient == Orient::Exif,
            pil_compatible_16bit: self.gray16 == Gray16::Clip,
            max_pixels: self.max_pixels,
            max_file_bytes: self.max_file_mib.saturating_mul(1 << 20),
            ..DecodeOptions::default()
        }
    }
}

/// How many images are decoded at once, and in how much memory.
#[derive(clap::Args, Clone)]
pub struct ImageRunArgs {
    /// Images decoded at once (default and maximum: one per core).
    #[arg(long, value_name = "N")]
    pub threads: Option<usize>,
    /// Memory shared by the images being decoded, in MiB: each reserves what its header says
    /// it will take (about 13 bytes a pixel for a colour JPEG: 160 MiB for 12 megapixels)
    /// and waits while the budget is spent; an image that needs more than the whole budget
    /// is an error line.
    #[arg(long, value_name = "MIB", default_value_t = 2048)]
    pub max_memory_mib: u64,
    /// No summary on stderr unless something went wrong (as the post commands' `--quiet`).
    #[arg(long, short = 'q')]
    pub quiet: bool,
}

impl ImageRunArgs {
    /// The thread pool and the memory budget for a run ([`plainsight_engine::images::image_pool`]),
    /// `--threads` bounded by the machine as for every command.
    pub fn pool(&self) -> anyhow::Result<(rayon::ThreadPool, std::sync::Arc<MemoryBudget>)> {
        let threads = super::bounded_threads(self.threads)?;
        if self.max_memory_mib == 0 {
            return Err(UsageError("--max-memory-mib must be at least 1".into()).into());
        }
        Ok(images::image_pool(
            threads,
            self.max_memory_mib.saturating_mul(1 << 20),
        )?)
    }
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let started = std::time::Instant::now();
    let (pool, budget) = args.run.pool()?;
    let opts = DecodeOptions {
        budget: Some(budget),
        ..args.decode.options()
    };
    let stdout = super::stdout()?;
    let summary = pool.install(|| {
        let mut out = std::io::BufWriter::new(stdout.lock());
        images::hash_files(&args.files, &opts, args.dihedral, &mut out)
    })?;
    Ok(super::finish_summary(
        "hash",
        &summary,
        started.elapsed(),
        args.run.quiet,
    ))
}
