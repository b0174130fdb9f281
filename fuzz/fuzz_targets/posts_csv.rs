//! Arbitrary bytes as a CSV posts file (the first byte picks strict mode, small caps, and
//! whether the format is told by the name or sniffed from the content): the reader never
//! panics, and every record is a post or a counted, reported bad record.
#![no_main]

#[path = "common/ingest.rs"]
mod ingest;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&mode, rest)) = data.split_first() else {
        return;
    };
    let name = if mode & 4 != 0 { "f" } else { "f.csv" };
    ingest::read_all(name, rest.to_vec(), mode & 1 != 0, mode & 2 != 0);
});
