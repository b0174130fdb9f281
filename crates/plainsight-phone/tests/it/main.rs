//! Integration tests for plainsight-phone. Data in `tests/data/` is libphonenumber's (Apache-2.0,
//! see `tests/data/LICENSE` and `SOURCE_COMMIT`); every other text here is synthetic.

mod adversarial;
mod decoys;
mod disguises;
mod examples;
mod generator;
mod matcher;
mod properties;
mod rules;

/// The example numbers: (region, type, national significant number, E.164).
pub fn example_numbers() -> Vec<(String, String, String, String)> {
    include_str!("../data/example_numbers_e164.csv")
        .lines()
        .skip(1)
        .filter_map(|l| {
            let f: Vec<&str> = l.split(',').collect();
            (f.len() == 5).then(|| (f[0].into(), f[2].into(), f[3].into(), f[4].into()))
        })
        .collect()
}
