//! Country calling codes (ITU-T E.164 assignments) for the regions posts are most often read in,
//! used by J010 to tell a foreign contact number. A region missing here leaves J010 silent
//! rather than guessing.

/// ISO 3166-1 alpha-2 → country calling code (digits, no `+`). Sorted by region for binary search.
const CODES: &[(&str, &str)] = &[
    ("AE", "971"),
    ("AO", "244"),
    ("AR", "54"),
    ("AT", "43"),
    ("AU", "61"),
    ("BE", "32"),
    ("BF", "226"),
    ("BJ", "229"),
    ("BO", "591"),
    ("BR", "55"),
    ("CA", "1"),
    ("CD", "243"),
    ("CH", "41"),
    ("CI", "225"),
    ("CL", "56"),
    ("CM", "237"),
    ("CN", "86"),
    ("CO", "57"),
    ("CV", "238"),
    ("CY", "357"),
    ("DE", "49"),
    ("DJ", "253"),
    ("DK", "45"),
    ("DZ", "213"),
    ("EC", "593"),
    ("EG", "20"),
    ("ER", "291"),
    ("ES", "34"),
    ("ET", "251"),
    ("FR", "33"),
    ("GB", "44"),
    ("GH", "233"),
    ("GM", "220"),
    ("GN", "224"),
    ("GQ", "240"),
    ("GR", "30"),
    ("GT", "502"),
    ("GW", "245"),
    ("HN", "504"),
    ("IE", "353"),
    ("IL", "972"),
    ("IN", "91"),
    ("IQ", "964"),
    ("IT", "39"),
    ("JO", "962"),
    ("KE", "254"),
    ("KW", "965"),
    ("LB", "961"),
    ("LR", "231"),
    ("LY", "218"),
    ("MA", "212"),
    ("ML", "223"),
    ("MR", "222"),
    ("MX", "52"),
    ("MZ", "258"),
    ("NE", "227"),
    ("NG", "234"),
    ("NL", "31"),
    ("NO", "47"),
    ("OM", "968"),
    ("PE", "51"),
    ("PH", "63"),
    ("PL", "48"),
    ("PT", "351"),
    ("PY", "595"),
    ("QA", "974"),
    ("RO", "40"),
    ("RU", "7"),
    ("SA", "966"),
    ("SD", "249"),
    ("SE", "46"),
    ("SL", "232"),
    ("SN", "221"),
    ("SO", "252"),
    ("SS", "211"),
    ("ST", "239"),
    ("SV", "503"),
    ("SY", "963"),
    ("TD", "235"),
    ("TG", "228"),
    ("TN", "216"),
    ("TR", "90"),
    ("UA", "380"),
    ("UG", "256"),
    ("US", "1"),
    ("UY", "598"),
    ("VE", "58"),
    ("YE", "967"),
];

/// The calling code of a region (case-insensitive), if known.
pub(crate) fn calling_code(region: &str) -> Option<&'static str> {
    let r = region.trim().to_ascii_uppercase();
    CODES
        .binary_search_by(|(k, _)| (*k).cmp(r.as_str()))
        .ok()
        .map(|i| CODES[i].1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_sorted_and_lookup() {
        assert!(CODES.windows(2).all(|w| w[0].0 < w[1].0));
        assert_eq!(calling_code("ng"), Some("234"));
        assert_eq!(calling_code("US"), Some("1"));
        assert_eq!(calling_code("ZZ"), None);
    }
}
