//! Free-text locations to countries. (Stub interface: being implemented.)

/// The ISO 3166-1 alpha-2 code of the country a free-text location most likely names
/// ("Houston, TX" → "US", "Lagos" → "NG"), or `None` when it cannot tell.
pub fn country_for_location(location: &str) -> Option<&'static str> {
    let _ = location;
    None
}
