//! Arbitrary bytes as a JSONL posts file (the first byte picks strict mode and small caps):
//! the reader never panics, and every record is a post or a counted, reported bad record.
#![no_main]

#[path = "common/ingest.rs"]
mod ingest;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&mode, rest)) = data.split_first() else {
        return;
    };
    ingest::read_all("f.jsonl", rest.to_vec(), mode & 1 != 0, mode & 2 != 0);
});
