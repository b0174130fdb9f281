//! Times photo grouping (`MultiIndex::components`) on PDQ hashes read from a file, one hex
//! hash a line (distinct hashes are grouped, as in `Linker::link`).
//! `cargo run --release -p plainsight-link --example photos -- HASHES.txt`

use plainsight_core::PdqHash;
use plainsight_link::image::{ImageIndex, MultiIndex};
use std::io::BufRead;
use std::time::Instant;

fn main() -> anyhow::Result<()> {
    let path = std::env::args()
        .nth(1)
        .ok_or_else(|| anyhow::anyhow!("usage: photos HASHES.txt"))?;
    let file = std::io::BufReader::new(std::fs::File::open(path)?);
    let mut hashes: Vec<PdqHash> = Vec::new();
    for line in file.lines() {
        if let Ok(h) = PdqHash::from_hex(line?.trim()) {
            hashes.push(h);
        }
    }
    hashes.sort();
    hashes.dedup();
    let t = Instant::now();
    let labels = MultiIndex::default().components(&hashes, 31);
    let mut roots = labels.clone();
    roots.sort_unstable();
    roots.dedup();
    println!(
        "{} distinct hashes, {} photos, {:.2} s",
        hashes.len(),
        roots.len(),
        t.elapsed().as_secs_f64()
    );
    Ok(())
}
