//! Posts files inside `.gz` and `.zst` archives. The first byte picks the mode: the remaining
//! bytes are either an archive as it stands (seed the corpus with real archives, e.g.
//! crates/plainsight-ingest/tests/data/*.zst), or plain text that is gzip-compressed here and
//! then cut and damaged at places the second and third bytes choose (so that the decoder's
//! damaged-stream paths are reached with valid content before the damage). The reader never
//! panics and counts every problem.
#![no_main]

#[path = "common/ingest.rs"]
mod ingest;

use libfuzzer_sys::fuzz_target;
use std::io::Write;

fuzz_target!(|data: &[u8]| {
    let [mode, cut, flip, rest @ ..] = data else {
        return;
    };
    let strict = mode & 8 != 0;
    let small = mode & 16 != 0;
    let csv = mode & 32 != 0;
    match mode % 4 {
        0 => ingest::read_all(if csv { "f.csv.gz" } else { "f.jsonl.gz" }, rest.to_vec(), strict, small),
        1 => ingest::read_all(if csv { "f.csv.zst" } else { "f.jsonl.zst" }, rest.to_vec(), strict, small),
        2 => ingest::read_all("f", rest.to_vec(), strict, small),
        _ => {
            let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
            enc.write_all(rest).expect("in memory");
            let mut gz = enc.finish().expect("in memory");
            if *cut != 0 && !gz.is_empty() {
                let keep = gz.len() * usize::from(*cut) / 256;
                gz.truncate(keep);
            }
            if *flip != 0 && !gz.is_empty() {
                let at = gz.len() * usize::from(*flip) / 256;
                gz[at] ^= flip.rotate_left(3) | 1;
            }
            ingest::read_all(if csv { "f.csv.gz" } else { "f.jsonl.gz" }, gz, strict, small)
        }
    }
});
