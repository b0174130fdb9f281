//! `plainsight hash FILE...`: one JSON line per image, in argument order (see CONTRACT.md).
//! Files are hashed in parallel over all cores, a chunk at a time so output starts early and
//! memory stays bounded; an unreadable or hostile file is an error line and the run goes on.

use plainsight_imagehash::{dct_file, DecodeOptions};
use rayon::prelude::*;
use std::io::Write;
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
}

/// Decoding bounds shared by `hash` and `match`.
#[derive(clap::Args, Clone)]
pub struct DecodeArgs {
    /// Hash images as stored, ignoring their EXIF orientation (as Meta's reference tools do).
    #[arg(long)]
    pub no_exif_orientation: bool,
    /// Reduce 16-bit grey images as PIL does (clip at 255), to reproduce hashes made with
    /// python-threatexchange / HMA.
    #[arg(long)]
    pub pil_16bit: bool,
    /// Refuse images with more pixels than this (decompression bombs).
    #[arg(long, default_value_t = 128_000_000)]
    pub max_pixels: u64,
    /// Refuse files larger than this many MiB.
    #[arg(long, default_value_t = 256)]
    pub max_file_mib: u64,
}

impl DecodeArgs {
    pub fn options(&self) -> DecodeOptions {
        DecodeOptions {
            apply_exif_orientation: !self.no_exif_orientation,
            pil_compatible_16bit: self.pil_16bit,
            max_pixels: self.max_pixels,
            max_file_bytes: self.max_file_mib.saturating_mul(1 << 20),
            ..DecodeOptions::default()
        }
    }
}

/// Files hashed per parallel batch: enough to keep every core busy, few enough that a slow
/// file does not hold back much finished output.
const BATCH: usize = 256;

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let opts = args.decode.options();
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut failed = 0usize;
    for batch in args.files.chunks(BATCH) {
        let lines: Vec<(String, bool)> = batch
            .par_iter()
            .map(|path| {
                let shown = path.display().to_string();
                match dct_file(path, &opts) {
                    Ok(dct) => {
                        let o = dct.output();
                        let mut v = serde_json::json!({
                            "path": shown,
                            "pdq": o.hash.to_hex(),
                            "quality": o.quality,
                        });
                        if args.dihedral {
                            let mut m = serde_json::Map::new();
                            for (t, h) in dct.dihedrals() {
                                m.insert(t.name().to_string(), h.to_hex().into());
                            }
                            v["dihedral"] = serde_json::Value::Object(m);
                        }
                        (v.to_string(), true)
                    }
                    Err(e) => (
                        serde_json::json!({"path": shown, "error": e.to_string()}).to_string(),
                        false,
                    ),
                }
            })
            .collect();
        for (line, ok) in lines {
            failed += usize::from(!ok);
            writeln!(out, "{line}")?;
        }
        out.flush()?;
    }
    if failed > 0 {
        eprintln!(
            "plainsight hash: {failed} of {} files could not be hashed (see their \"error\" lines)",
            args.files.len()
        );
    }
    Ok(ExitCode::SUCCESS)
}
