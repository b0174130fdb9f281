//! The region list of `plainsight_core::Region` is libphonenumber's, exactly: a code it knows is
//! a `Region`, and nothing else is.

use rlibphonenumber::PHONE_NUMBER_UTIL;

#[test]
fn core_region_list_is_libphonenumbers() {
    let mut supported: Vec<String> = PHONE_NUMBER_UTIL
        .get_supported_regions()
        .map(|r| r.as_region_str().to_string())
        .collect();
    supported.sort();
    supported.dedup();
    let ours: Vec<String> = plainsight_core::region::PHONE_REGIONS
        .iter()
        .map(|s| s.to_string())
        .collect();
    assert_eq!(
        ours, supported,
        "regenerate PHONE_REGIONS from:\n{supported:?}"
    );
}
