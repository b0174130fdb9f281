//! Phone numbers in obfuscated text. (Stub interface: being implemented.)

/// What is known about where a text came from, for reading numbers without a country code.
#[derive(Clone, Debug, Default)]
pub struct PhoneContext<'a> {
    /// ISO 3166-1 alpha-2 region to read national numbers in (from the record's `region`, its
    /// `location` through the gazetteer, or `--default-region`).
    pub region: Option<&'a str>,
}

/// A phone number found in a text: E.164 value and the byte span in the original text.
#[derive(Clone, PartialEq, Eq)]
pub struct PhoneMatch {
    pub e164: String,
    pub start: usize,
    pub end: usize,
}

impl std::fmt::Debug for PhoneMatch {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "PhoneMatch({} [{}..{}])",
            plainsight_core::mask(&self.e164),
            self.start,
            self.end
        )
    }
}

/// Finds the phone numbers in `raw`, in order of position.
pub fn find_phones(raw: &str, ctx: &PhoneContext<'_>) -> Vec<PhoneMatch> {
    let _ = (raw, ctx);
    Vec::new()
}
