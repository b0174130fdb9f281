//! Arbitrary bytes as an image file, under small limits and a small memory budget: decoding
//! never panics, never holds more than the budget, and whatever decodes hashes to a quality
//! in 0..=100. Seed the corpus with the vendored PDQ images
//! (crates/plainsight-imagehash/tests/data/pdq/images) to start from valid files.
#![no_main]

use libfuzzer_sys::fuzz_target;
use plainsight_imagehash::{dct_bytes, DecodeOptions, MemoryBudget};

fuzz_target!(|data: &[u8]| {
    let budget = MemoryBudget::new(64 << 20);
    let opts = DecodeOptions {
        max_file_bytes: 4 << 20,
        max_pixels: 4_000_000,
        max_decoder_alloc: 64 << 20,
        apply_exif_orientation: data.first().is_some_and(|b| b & 1 == 1),
        budget: Some(budget.clone()),
        ..DecodeOptions::default()
    };
    if let Ok(dct) = dct_bytes(data, &opts) {
        let out = dct.output();
        assert!(out.quality <= 100);
        assert_eq!(dct.dihedrals().len(), 8);
    }
    assert_eq!(budget.in_use(), 0, "every reservation is given back");
});
