//! A region: an ISO 3166-1 alpha-2 code for which libphonenumber has numbering metadata, so that
//! national numbers can be read in it. The one type every place that reads a region uses (the
//! `--default-region` argument, a post's `region` field, the country a `location` resolves to,
//! the region handed to the phone finder), with one rule, instead of ad-hoc checks.
//!
//! Why the list lives here: `plainsight-core` is the bottom of the dependency graph, and every
//! crate that reads a region (ingest, geo, extract, the CLI) already depends on it, while only
//! `plainsight-phone` may depend on libphonenumber (`rlibphonenumber`). So the list of
//! libphonenumber's regions is written here, as data, and `plainsight-phone`'s tests check that
//! it is exactly the list the pinned library reports (`tests/regions.rs`): a library update that
//! changes it fails there until this list is regenerated.

use serde::{Deserialize, Serialize};

/// The regions libphonenumber (as pinned in `plainsight-phone`) has metadata for, sorted.
pub const PHONE_REGIONS: &[&str] = &[
    "AC", "AD", "AE", "AF", "AG", "AI", "AL", "AM", "AO", "AR", "AS", "AT", "AU", "AW", "AX", "AZ",
    "BA", "BB", "BD", "BE", "BF", "BG", "BH", "BI", "BJ", "BL", "BM", "BN", "BO", "BQ", "BR", "BS",
    "BT", "BW", "BY", "BZ", "CA", "CC", "CD", "CF", "CG", "CH", "CI", "CK", "CL", "CM", "CN", "CO",
    "CR", "CU", "CV", "CW", "CX", "CY", "CZ", "DE", "DJ", "DK", "DM", "DO", "DZ", "EC", "EE", "EG",
    "EH", "ER", "ES", "ET", "FI", "FJ", "FK", "FM", "FO", "FR", "GA", "GB", "GD", "GE", "GF", "GG",
    "GH", "GI", "GL", "GM", "GN", "GP", "GQ", "GR", "GT", "GU", "GW", "GY", "HK", "HN", "HR", "HT",
    "HU", "ID", "IE", "IL", "IM", "IN", "IO", "IQ", "IR", "IS", "IT", "JE", "JM", "JO", "JP", "KE",
    "KG", "KH", "KI", "KM", "KN", "KP", "KR", "KW", "KY", "KZ", "LA", "LB", "LC", "LI", "LK", "LR",
    "LS", "LT", "LU", "LV", "LY", "MA", "MC", "MD", "ME", "MF", "MG", "MH", "MK", "ML", "MM", "MN",
    "MO", "MP", "MQ", "MR", "MS", "MT", "MU", "MV", "MW", "MX", "MY", "MZ", "NA", "NC", "NE", "NF",
    "NG", "NI", "NL", "NO", "NP", "NR", "NU", "NZ", "OM", "PA", "PE", "PF", "PG", "PH", "PK", "PL",
    "PM", "PR", "PS", "PT", "PW", "PY", "QA", "RE", "RO", "RS", "RU", "RW", "SA", "SB", "SC", "SD",
    "SE", "SG", "SH", "SI", "SJ", "SK", "SL", "SM", "SN", "SO", "SR", "SS", "ST", "SV", "SX", "SY",
    "SZ", "TA", "TC", "TD", "TG", "TH", "TJ", "TK", "TL", "TM", "TN", "TO", "TR", "TT", "TV", "TW",
    "TZ", "UA", "UG", "US", "UY", "UZ", "VA", "VC", "VE", "VG", "VI", "VN", "VU", "WF", "WS", "XK",
    "YE", "YT", "ZA", "ZM", "ZW",
];

/// A validated region (upper-case ISO 3166-1 alpha-2, one of [`PHONE_REGIONS`]).
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Region([u8; 2]);

/// Why a text is not a [`Region`].
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum RegionError {
    #[error("not a two-letter region code")]
    NotACode,
    #[error("no phone numbering known for this region")]
    Unknown,
    #[error("the United Kingdom is GB, not UK")]
    UkIsGb,
}

impl Region {
    /// A region as an argument names it: two ASCII letters in either case (surrounding spaces
    /// ignored) that libphonenumber knows. `UK`, `XX`, `ZZ`, `USA` are refused.
    pub fn parse(code: &str) -> Result<Region, RegionError> {
        let code = code.trim();
        let b = code.as_bytes();
        if b.len() != 2 || !b.iter().all(u8::is_ascii_alphabetic) {
            return Err(RegionError::NotACode);
        }
        let upper = [b[0].to_ascii_uppercase(), b[1].to_ascii_uppercase()];
        if &upper == b"UK" {
            return Err(RegionError::UkIsGb);
        }
        let s = std::str::from_utf8(&upper).map_err(|_| RegionError::NotACode)?;
        if PHONE_REGIONS.binary_search(&s).is_ok() {
            Ok(Region(upper))
        } else {
            Err(RegionError::Unknown)
        }
    }

    /// A region as data gives it (a post's `region`, a place's country): as [`Region::parse`],
    /// but `UK` is read as `GB`, since sites write both and the data cannot be corrected.
    pub fn from_data(code: &str) -> Option<Region> {
        match Region::parse(code) {
            Ok(r) => Some(r),
            Err(RegionError::UkIsGb) => Some(Region(*b"GB")),
            Err(_) => None,
        }
    }

    pub fn as_str(&self) -> &str {
        // Built only from ASCII letters.
        std::str::from_utf8(&self.0).unwrap_or("ZZ")
    }
}

impl std::fmt::Display for Region {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::fmt::Debug for Region {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Region({})", self.as_str())
    }
}

impl std::str::FromStr for Region {
    type Err = RegionError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Region::parse(s)
    }
}

impl TryFrom<String> for Region {
    type Error = RegionError;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        Region::parse(&s)
    }
}

impl From<Region> for String {
    fn from(r: Region) -> String {
        r.as_str().to_string()
    }
}

impl AsRef<str> for Region {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_list_is_sorted_and_upper_case() {
        assert!(PHONE_REGIONS.windows(2).all(|w| w[0] < w[1]));
        assert!(PHONE_REGIONS
            .iter()
            .all(|r| r.len() == 2 && r.bytes().all(|b| b.is_ascii_uppercase())));
    }

    #[test]
    fn arguments_are_checked_against_the_list() {
        assert_eq!(Region::parse("us").unwrap().as_str(), "US");
        assert_eq!(Region::parse(" GB ").unwrap().as_str(), "GB");
        assert_eq!(Region::parse("XK").unwrap().as_str(), "XK");
        for bad in ["", "U", "USA", "U1", "é1", "ÉÉ"] {
            assert_eq!(Region::parse(bad), Err(RegionError::NotACode), "{bad:?}");
        }
        for unknown in ["XX", "ZZ", "AQ", "QQ"] {
            assert_eq!(
                Region::parse(unknown),
                Err(RegionError::Unknown),
                "{unknown}"
            );
        }
        assert_eq!(Region::parse("uk"), Err(RegionError::UkIsGb));
    }

    #[test]
    fn data_reads_uk_as_gb_and_drops_the_rest() {
        assert_eq!(Region::from_data("uk").unwrap().as_str(), "GB");
        assert_eq!(Region::from_data("fr").unwrap().as_str(), "FR");
        assert!(Region::from_data("ZZ").is_none());
        assert!(Region::from_data("Texas").is_none());
    }

    #[test]
    fn serde_refuses_what_parse_refuses() {
        let r: Region = serde_json::from_str("\"ng\"").unwrap();
        assert_eq!(serde_json::to_string(&r).unwrap(), "\"NG\"");
        assert!(serde_json::from_str::<Region>("\"ZZ\"").is_err());
    }
}
