//! Links a JSONL file and writes the four exports of its case view, for checking them with
//! outside tools (`crates/plainsight-output/tests/ftm_check.py`, `graph_check.py`):
//!
//! ```text
//! cargo run -p plainsight-engine --example export -- demo/posts.jsonl /tmp/exports [--reveal]
//! ```
//!
//! INPUT may also be a case view as JSON (`CASE.json`, a serialized `plainsight_core::case::Case`),
//! written as is. Writes `case.csv`, `case.ftm.jsonl`, `case.gexf` and `case.graphml` into the folder.

use plainsight_core::case::Case;
use plainsight_engine::link::{case_of, run, LinkOptions};
use plainsight_ingest::{Input, PostReader};
use plainsight_output::export::{write_export, ExportFormat, ExportOptions};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(input), Some(dir)) = (args.first(), args.get(1)) else {
        eprintln!("usage: export INPUT.jsonl OUTDIR [--reveal]");
        std::process::exit(2);
    };
    let reveal = args.iter().any(|a| a == "--reveal");
    let case: Case = if input.ends_with(".json") {
        serde_json::from_reader(std::io::BufReader::new(std::fs::File::open(input)?))?
    } else {
        let reader = PostReader::new(vec![Input::from_arg(input)], Default::default());
        let mut options = LinkOptions {
            risk: true,
            ..LinkOptions::default()
        };
        options.link.summarize = true;
        options.link.keep_tokens = true;
        let outcome = run(reader, &options, &mut |e| eprintln!("{e}"))?;
        case_of(&outcome)
    };
    std::fs::create_dir_all(dir)?;
    for f in ExportFormat::ALL {
        let path = std::path::Path::new(dir).join(format!("case.{}", f.extension()));
        let mut out = std::io::BufWriter::new(std::fs::File::create(&path)?);
        write_export(f, &case, &ExportOptions { reveal }, &mut out)?;
        eprintln!("wrote {}", path.display());
    }
    Ok(())
}
