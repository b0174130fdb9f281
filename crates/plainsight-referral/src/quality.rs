//! Data-quality checks: every problem is a [`Problem`] with its source and row, counted and
//! reported; none is fixed silently. Contacts are checked here (phones through libphonenumber,
//! emails by RFC 5321/5322 syntax); coordinates in `import.rs` (they need the whole source);
//! duplicate organisations in `dedupe.rs`.

use serde::{Deserialize, Serialize};
use std::fmt;

/// The classes of problem an import reports.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ProblemKind {
    /// The two numbers of a point are in `[lat, lon]` order where the format wants `[lon, lat]`
    /// (or the reverse): read the other way round, and said so.
    SwappedCoordinates,
    /// The point is not in the country the source states (see `places::check_country`).
    OutsideCountry,
    /// No coordinates: placed at the gazetteer town of the row's place or area (named in the
    /// detail), or left unplaced when nothing resolves.
    MissingCoordinates,
    /// Numbers that are no point on the globe, either way round.
    InvalidCoordinates,
    /// An organisation whose normalised name matches another's (spelling variants).
    DuplicateOrganization,
    /// A phone number libphonenumber does not accept (masked in the detail).
    InvalidPhone,
    /// An email address that is not `local@domain.tld` (masked in the detail).
    InvalidEmail,
    /// A record that could not be read at all (wrong type, missing name).
    BadRecord,
    /// A record that refers by id to a record the source does not have (a service's
    /// organisation or location, a phone's owner, a taxonomy term): what was not found, and
    /// what the importer did instead, are in the detail.
    DanglingReference,
}

impl ProblemKind {
    pub fn code(self) -> &'static str {
        match self {
            ProblemKind::SwappedCoordinates => "swapped_coordinates",
            ProblemKind::OutsideCountry => "outside_country",
            ProblemKind::MissingCoordinates => "missing_coordinates",
            ProblemKind::InvalidCoordinates => "invalid_coordinates",
            ProblemKind::DuplicateOrganization => "duplicate_organization",
            ProblemKind::InvalidPhone => "invalid_phone",
            ProblemKind::InvalidEmail => "invalid_email",
            ProblemKind::BadRecord => "bad_record",
            ProblemKind::DanglingReference => "dangling_reference",
        }
    }
}

impl fmt::Display for ProblemKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// One data-quality problem: `{"source", "row", "kind", "detail"}` in the contract's JSON.
/// `row` is the 1-based feature, record or data row of the source (for CSV, data rows after the
/// header and any HXL tag row).
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Problem {
    pub source: String,
    pub row: u64,
    pub kind: ProblemKind,
    pub detail: String,
}

/// Masks a contact for messages: the first three and last two characters, the rest as `•`
/// (logs and reports never carry raw numbers or addresses).
pub fn mask(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    if chars.len() <= 5 {
        return "•".repeat(chars.len());
    }
    let mut out: String = chars[..3].iter().collect();
    out.extend(std::iter::repeat_n('•', chars.len() - 5));
    out.extend(&chars[chars.len() - 2..]);
    out
}

/// Splits a contact field that lists several values ("a@x.org / b@y.org", "0803…, 0805…").
pub fn split_contacts(field: &str) -> Vec<String> {
    field
        .split([',', ';', '/', '|', '\n'])
        .flat_map(|p| p.split(" or "))
        .map(|p| {
            p.trim()
                .trim_matches(|c: char| c == '\'' || c == '"')
                .trim()
        })
        .filter(|p| !p.is_empty())
        .map(str::to_string)
        .collect()
}

/// A phone number in E.164, or why it is not one. `region` reads national numbers.
pub fn check_phone(raw: &str, region: Option<plainsight_phone::Region>) -> Result<String, String> {
    // Annotations in brackets ("6820 (SMS)") are not part of the number.
    let bare = match raw.find('(') {
        Some(i) if raw[i..].chars().any(|c| c.is_alphabetic()) => raw[..i].trim(),
        _ => raw.trim(),
    };
    let digits = bare.chars().filter(char::is_ascii_digit).count();
    if digits == 0 {
        return Err(format!("{} has no digits", mask(raw)));
    }
    if digits < 7 {
        return Err(format!(
            "{} has {digits} digits: a short code or a fragment, not a dialable number",
            mask(raw)
        ));
    }
    if bare.contains(['*', '#']) {
        return Err(format!("{} is a USSD or service code", mask(raw)));
    }
    if !bare.starts_with('+') && region.is_none() {
        return Err(format!(
            "{} has no country code and the row has no country",
            mask(raw)
        ));
    }
    plainsight_phone::parse_number(bare, region).map_err(|_| {
        format!(
            "{} ({digits} digits) is not a valid number{}",
            mask(raw),
            region.map(|r| format!(" for {r}")).unwrap_or_default()
        )
    })
}

/// An email address with its domain lower-cased, or why it is not one: exactly one `@`, a local
/// part of RFC 5322 atom characters and dots (no leading, trailing or doubled dot), a domain of
/// LDH labels with at least one dot and an alphabetic top-level label of two letters or more.
pub fn check_email(raw: &str) -> Result<String, String> {
    let s = raw.trim().trim_start_matches("mailto:");
    let why = |reason: &str| Err(format!("{} {reason}", mask(s)));
    let mut parts = s.split('@');
    let (Some(local), Some(domain), None) = (parts.next(), parts.next(), parts.next()) else {
        return why(if s.contains('@') {
            "has more than one @"
        } else {
            "has no @"
        });
    };
    let atom = |c: char| c.is_ascii_alphanumeric() || "!#$%&'*+-/=?^_`{|}~".contains(c);
    if local.is_empty()
        || local.len() > 64
        || local.starts_with('.')
        || local.ends_with('.')
        || local.contains("..")
        || !local.chars().all(|c| c == '.' || atom(c))
    {
        return why("has an invalid local part");
    }
    let domain = domain.to_ascii_lowercase();
    let labels: Vec<&str> = domain.split('.').collect();
    if labels.len() < 2 {
        return why("has a domain without a top-level label");
    }
    let ldh = |l: &&str| {
        !l.is_empty()
            && l.len() <= 63
            && !l.starts_with('-')
            && !l.ends_with('-')
            && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
    };
    if !labels.iter().all(ldh) {
        return why("has an invalid domain");
    }
    let tld = labels[labels.len() - 1];
    if tld.len() < 2 || !tld.chars().all(|c| c.is_ascii_alphabetic()) {
        return why("has an invalid top-level label");
    }
    Ok(format!("{local}@{domain}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn masks_keep_little() {
        assert_eq!(mask("+2348035551234"), "+23•••••••••34");
        assert_eq!(mask("abc"), "•••");
    }

    #[test]
    fn contact_lists_split() {
        assert_eq!(
            split_contacts("a@x.org / b@y.org; c@z.org, 'd@w.org"),
            vec!["a@x.org", "b@y.org", "c@z.org", "d@w.org"]
        );
    }

    #[test]
    fn phones() {
        assert_eq!(
            check_phone("+234 803 555 1234", None).unwrap(),
            "+2348035551234"
        );
        assert_eq!(
            check_phone("0803 555 1234", plainsight_phone::Region::parse("NG").ok()).unwrap(),
            "+2348035551234"
        );
        // One digit short, one too many, a short code, a USSD code.
        assert!(check_phone("+234803555123", None).is_err());
        assert!(check_phone("+23480355512345", None).is_err());
        assert!(
            check_phone("6222", plainsight_phone::Region::parse("NG").ok())
                .unwrap_err()
                .contains("short code")
        );
        assert!(check_phone("*6820#", plainsight_phone::Region::parse("NG").ok()).is_err());
        assert!(check_phone("0803 555 1234", None)
            .unwrap_err()
            .contains("no country"));
        // Errors never quote the number.
        assert!(!check_phone("+234803555123", None)
            .unwrap_err()
            .contains("803555"));
    }

    #[test]
    fn emails() {
        assert_eq!(check_email("Info@Example.ORG").unwrap(), "Info@example.org");
        for bad in [
            "info@a@b.com",
            "info@nodomain",
            "no-at-sign.org",
            ".a@b.org",
            "a..b@c.org",
            "a@-b.org",
            "a@b.c0m",
            "a b@c.org",
        ] {
            assert!(check_email(bad).is_err(), "{bad}");
        }
        assert!(!check_email("secret@nodomain")
            .unwrap_err()
            .contains("secret"));
    }
}
