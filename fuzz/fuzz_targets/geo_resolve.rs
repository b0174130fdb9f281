//! Arbitrary text as a location, and as a post's URL: resolving and reading places in it must
//! not panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        if let Some(place) = plainsight_geo::resolve(text) {
            assert_eq!(place.country.len(), 2);
        }
        for country in plainsight_geo::countries_in_url(text) {
            assert_eq!(country.len(), 2);
        }
    }
});
