//! Currencies used by one country (or a few): a price in rupiah says Indonesia, in taka
//! Bangladesh, as surely as the script of Thai says Thailand. A post that prices in one points
//! to its country, which settles a national number several plausible regions would read
//! alike, and lets a national number be read in that country when nothing else places it.
//!
//! Only the marks of currencies used by one country or a few are listed, and each only where it
//! stands as a price: a sign anywhere (`₹`, `৳`), a prefix or a suffix only next to a number
//! (`Rp 850.000`, `5,000 টাকা`, `50.000đ`), an ISO code only next to a number (`PHP 1,500`, not
//! "PHP developer"). The dollar and the euro are left out: too many countries (a post priced
//! in euros narrows its language's countries instead: [`prices_in_euros`]). Codes that are
//! also shouted words beside a number count only before an amount of three digits or more
//! (`COP 290.000`, `PEN 150`, the rand's bare `R 1300`, `NIS 1500`; not "NO COP 2", "PEN 15",
//! "NIS 2", "SDG 8"); "TRY", "MAD", "LE", "ALL", "SOS", "TOP", "BAM", "MGA" (Tagalog's plural
//! word), codes that name things priced in ads ("GEL 250 ml", "AMD 5600X", "NAD 500 mg",
//! "MOP", "CUP", "BOB": their countries' own signs stand instead), the one-letter marks (`Q`,
//! `L`, `K`, `P`), "Ft" and "KM" (feet, kilometres) not at all ("TRY 2", "MAD 4 U", "LE 06…").

/// How a mark must stand to count.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Stands {
    /// Anywhere (a sign no other text uses).
    Sign,
    /// Right before a number (spaces allowed), and not inside a word.
    Before,
    /// Right after a number (spaces allowed), and not inside a word.
    After,
    /// Before or after a number.
    Beside,
}

/// (mark, how it must stand, countries). Marks are matched case-sensitively.
const MARKS: &[(&str, Stands, &[&str])] = &[
    ("₹", Stands::Sign, &["IN"]),
    ("৳", Stands::Sign, &["BD"]),
    ("₫", Stands::Sign, &["VN"]),
    ("₱", Stands::Sign, &["PH"]),
    ("₦", Stands::Sign, &["NG"]),
    ("₩", Stands::Sign, &["KR"]),
    ("฿", Stands::Sign, &["TH"]),
    ("₺", Stands::Sign, &["TR"]),
    ("₴", Stands::Sign, &["UA"]),
    ("₽", Stands::Sign, &["RU"]),
    ("₵", Stands::Sign, &["GH"]),
    ("円", Stands::Sign, &["JP"]),
    ("¥", Stands::Sign, &["JP", "CN"]),
    ("£", Stands::Sign, &["GB"]),
    ("Rp", Stands::Before, &["ID"]),
    ("IDR", Stands::Beside, &["ID"]),
    ("INR", Stands::Beside, &["IN"]),
    ("Rs", Stands::Before, &["IN", "PK", "LK", "NP"]),
    ("Rs.", Stands::Before, &["IN", "PK", "LK", "NP"]),
    ("PKR", Stands::Beside, &["PK"]),
    ("Tk", Stands::Beside, &["BD"]),
    ("BDT", Stands::Beside, &["BD"]),
    ("টাকা", Stands::After, &["BD"]),
    ("EGP", Stands::Beside, &["EG"]),
    ("جنيه", Stands::After, &["EG"]),
    ("ج.م", Stands::After, &["EG"]),
    ("VND", Stands::Beside, &["VN"]),
    ("đ", Stands::After, &["VN"]),
    ("PHP", Stands::Beside, &["PH"]),
    ("RM", Stands::Before, &["MY"]),
    ("MYR", Stands::Beside, &["MY"]),
    ("S$", Stands::Before, &["SG"]),
    ("SGD", Stands::Beside, &["SG"]),
    ("R$", Stands::Before, &["BR"]),
    ("BRL", Stands::Beside, &["BR"]),
    ("NGN", Stands::Beside, &["NG"]),
    ("KSh", Stands::Beside, &["KE"]),
    ("Ksh", Stands::Beside, &["KE"]),
    ("KES", Stands::Beside, &["KE"]),
    ("GHS", Stands::Beside, &["GH"]),
    ("GH₵", Stands::Before, &["GH"]),
    ("ZAR", Stands::Beside, &["ZA"]),
    ("AED", Stands::Beside, &["AE"]),
    ("د.إ", Stands::Beside, &["AE"]),
    ("SAR", Stands::Beside, &["SA"]),
    ("ر.س", Stands::Beside, &["SA"]),
    ("درهم", Stands::After, &["MA", "AE"]),
    // Dirhams as the Emirates write them in Latin letters after a price ("130 dhs"); Morocco
    // writes "DH" (left out: too short a word to stand for a price alone).
    ("dhs", Stands::After, &["AE", "MA"]),
    ("Dhs", Stands::After, &["AE", "MA"]),
    ("DHS", Stands::After, &["AE", "MA"]),
    ("THB", Stands::Beside, &["TH"]),
    ("บาท", Stands::After, &["TH"]),
    ("KRW", Stands::Beside, &["KR"]),
    ("원", Stands::After, &["KR"]),
    ("JPY", Stands::Beside, &["JP"]),
    ("CNY", Stands::Beside, &["CN"]),
    ("RMB", Stands::Beside, &["CN"]),
    ("元", Stands::After, &["CN", "TW"]),
    ("NT$", Stands::Before, &["TW"]),
    ("TWD", Stands::Beside, &["TW"]),
    ("HK$", Stands::Before, &["HK"]),
    ("HKD", Stands::Beside, &["HK"]),
    ("A$", Stands::Before, &["AU"]),
    ("AUD", Stands::Beside, &["AU"]),
    ("C$", Stands::Before, &["CA"]),
    ("CAD", Stands::Beside, &["CA"]),
    ("MXN", Stands::Beside, &["MX"]),
    ("ARS", Stands::Beside, &["AR"]),
    ("CLP", Stands::Beside, &["CL"]),
    ("S/", Stands::Before, &["PE"]),
    ("soles", Stands::After, &["PE"]),
    // Codes that are also shouted words ("NO COP 2", "PEN 15") only before an amount of three
    // digits or more ([`WORD_CODES`]).
    ("COP", Stands::Before, &["CO"]),
    // The rand's bare "R" ("1h R 1300", "R1500"), as a word code: three digits or more.
    ("R", Stands::Before, &["ZA"]),
    ("PEN", Stands::Before, &["PE"]),
    ("TL", Stands::After, &["TR"]),
    ("zł", Stands::After, &["PL"]),
    ("PLN", Stands::Beside, &["PL"]),
    ("lei", Stands::After, &["RO", "MD"]),
    ("RON", Stands::Beside, &["RO"]),
    ("грн", Stands::After, &["UA"]),
    ("UAH", Stands::Beside, &["UA"]),
    ("руб", Stands::After, &["RU"]),
    ("RUB", Stands::Beside, &["RU"]),
    ("GBP", Stands::Beside, &["GB"]),
    ("ETB", Stands::Beside, &["ET"]),
    ("ብር", Stands::After, &["ET"]),
    (
        "FCFA",
        Stands::Beside,
        &["SN", "ML", "NE", "CI", "BF", "BJ", "TG", "CM"],
    ),
    (
        "XOF",
        Stands::Beside,
        &["SN", "ML", "NE", "CI", "BF", "BJ", "TG"],
    ),
    // Signs of their own.
    ("₪", Stands::Sign, &["IL", "PS"]),
    ("₸", Stands::Sign, &["KZ"]),
    ("₾", Stands::Sign, &["GE"]),
    ("₼", Stands::Sign, &["AZ"]),
    ("֏", Stands::Sign, &["AM"]),
    ("₲", Stands::Sign, &["PY"]),
    ("₡", Stands::Sign, &["CR"]),
    ("₭", Stands::Sign, &["LA"]),
    ("₮", Stands::Sign, &["MN"]),
    ("៛", Stands::Sign, &["KH"]),
    ("؋", Stands::Sign, &["AF"]),
    ("₨", Stands::Sign, &["IN", "PK", "LK", "NP"]),
    // Dollars and others written with their country's letters.
    ("RD$", Stands::Before, &["DO"]),
    ("J$", Stands::Before, &["JM"]),
    ("TT$", Stands::Before, &["TT"]),
    ("NZ$", Stands::Before, &["NZ"]),
    ("N$", Stands::Before, &["NA"]),
    ("EC$", Stands::Before, &["AG", "DM", "GD", "KN", "LC", "VC"]),
    ("Bs.", Stands::Beside, &["VE", "BO"]),
    ("Bs", Stands::Beside, &["VE", "BO"]),
    ("TSh", Stands::Beside, &["TZ"]),
    ("USh", Stands::Beside, &["UG"]),
    ("Kč", Stands::After, &["CZ"]),
    ("kr", Stands::After, &["SE", "NO", "DK", "IS"]),
    ("лв", Stands::After, &["BG"]),
    ("дин", Stands::After, &["RS"]),
    ("ден", Stands::After, &["MK"]),
    ("Lek", Stands::After, &["AL"]),
    ("ကျပ်", Stands::After, &["MM"]),
    ("ر.ق", Stands::Beside, &["QA"]),
    ("د.ك", Stands::Beside, &["KW"]),
    ("د.ب", Stands::Beside, &["BH"]),
    ("ر.ع", Stands::Beside, &["OM"]),
    ("ل.ل", Stands::Beside, &["LB"]),
    ("د.ت", Stands::Beside, &["TN"]),
    ("د.ج", Stands::Beside, &["DZ"]),
    ("د.ع", Stands::Beside, &["IQ"]),
    ("ريال", Stands::After, &["SA", "QA", "OM", "YE"]),
    ("تومان", Stands::After, &["IR"]),
    ("ש״ח", Stands::Beside, &["IL"]),
    ("ש\"ח", Stands::Beside, &["IL"]),
    ("שקל", Stands::After, &["IL"]),
    // ISO 4217 codes of currencies one country (or a union of a few) uses.
    ("ILS", Stands::Beside, &["IL"]),
    ("JOD", Stands::Beside, &["JO"]),
    ("LBP", Stands::Beside, &["LB"]),
    ("SYP", Stands::Beside, &["SY"]),
    ("IQD", Stands::Beside, &["IQ"]),
    ("IRR", Stands::Beside, &["IR"]),
    ("KWD", Stands::Beside, &["KW"]),
    ("BHD", Stands::Beside, &["BH"]),
    ("QAR", Stands::Beside, &["QA"]),
    ("OMR", Stands::Beside, &["OM"]),
    ("YER", Stands::Beside, &["YE"]),
    ("AFN", Stands::Beside, &["AF"]),
    ("LYD", Stands::Beside, &["LY"]),
    ("TND", Stands::Beside, &["TN"]),
    ("DZD", Stands::Beside, &["DZ"]),
    ("LKR", Stands::Beside, &["LK"]),
    ("NPR", Stands::Beside, &["NP"]),
    ("MMK", Stands::Beside, &["MM"]),
    ("KHR", Stands::Beside, &["KH"]),
    ("LAK", Stands::Beside, &["LA"]),
    ("MNT", Stands::Beside, &["MN"]),
    ("KZT", Stands::Beside, &["KZ"]),
    ("UZS", Stands::Beside, &["UZ"]),
    ("KGS", Stands::Beside, &["KG"]),
    ("AZN", Stands::Beside, &["AZ"]),
    ("BYN", Stands::Beside, &["BY"]),
    ("MDL", Stands::Beside, &["MD"]),
    ("BND", Stands::Beside, &["BN"]),
    ("MVR", Stands::Beside, &["MV"]),
    ("PGK", Stands::Beside, &["PG"]),
    ("FJD", Stands::Beside, &["FJ"]),
    ("NZD", Stands::Beside, &["NZ"]),
    ("XPF", Stands::Beside, &["PF", "NC", "WF"]),
    ("CHF", Stands::Beside, &["CH", "LI"]),
    ("SEK", Stands::Beside, &["SE"]),
    ("NOK", Stands::Beside, &["NO"]),
    ("DKK", Stands::Beside, &["DK"]),
    ("ISK", Stands::Beside, &["IS"]),
    ("CZK", Stands::Beside, &["CZ"]),
    ("HUF", Stands::Beside, &["HU"]),
    ("RSD", Stands::Beside, &["RS"]),
    ("BGN", Stands::Beside, &["BG"]),
    ("MKD", Stands::Beside, &["MK"]),
    ("GTQ", Stands::Beside, &["GT"]),
    ("HNL", Stands::Beside, &["HN"]),
    ("NIO", Stands::Beside, &["NI"]),
    ("PAB", Stands::Beside, &["PA"]),
    ("PYG", Stands::Beside, &["PY"]),
    ("UYU", Stands::Beside, &["UY"]),
    ("TTD", Stands::Beside, &["TT"]),
    ("JMD", Stands::Beside, &["JM"]),
    ("BBD", Stands::Beside, &["BB"]),
    ("BSD", Stands::Beside, &["BS"]),
    ("BZD", Stands::Beside, &["BZ"]),
    ("HTG", Stands::Beside, &["HT"]),
    ("SRD", Stands::Beside, &["SR"]),
    ("GYD", Stands::Beside, &["GY"]),
    ("XCD", Stands::Beside, &["AG", "DM", "GD", "KN", "LC", "VC"]),
    ("XAF", Stands::Beside, &["CM", "CF", "TD", "CG", "GQ", "GA"]),
    ("CDF", Stands::Beside, &["CD"]),
    ("TZS", Stands::Beside, &["TZ"]),
    ("UGX", Stands::Beside, &["UG"]),
    ("RWF", Stands::Beside, &["RW"]),
    ("BIF", Stands::Beside, &["BI"]),
    ("MWK", Stands::Beside, &["MW"]),
    ("ZMW", Stands::Beside, &["ZM"]),
    ("MZN", Stands::Beside, &["MZ"]),
    ("AOA", Stands::Beside, &["AO"]),
    ("BWP", Stands::Beside, &["BW"]),
    ("MUR", Stands::Beside, &["MU"]),
    ("SCR", Stands::Beside, &["SC"]),
    ("DJF", Stands::Beside, &["DJ"]),
    ("GMD", Stands::Beside, &["GM"]),
    ("GNF", Stands::Beside, &["GN"]),
    ("SLE", Stands::Beside, &["SL"]),
    ("SLL", Stands::Beside, &["SL"]),
    ("LRD", Stands::Beside, &["LR"]),
    ("MRU", Stands::Beside, &["MR"]),
    // ISO codes that are also words or names ([`WORD_CODES`]: before three digits or more).
    ("DOP", Stands::Before, &["DO"]),
    ("NIS", Stands::Before, &["IL"]),
    ("CRC", Stands::Before, &["CR"]),
    ("VES", Stands::Before, &["VE"]),
    ("SDG", Stands::Before, &["SD"]),
];

/// Every mark of [`MARKS`] found in one pass; a pattern's index is its row in [`MARKS`].
/// Built as a DFA: every text without a record's region is searched for them, and with more
/// than a hundred marks the automaton would otherwise be an NFA stepped byte by byte.
static FINDER: std::sync::LazyLock<aho_corasick::AhoCorasick> = std::sync::LazyLock::new(|| {
    aho_corasick::AhoCorasick::builder()
        .kind(Some(aho_corasick::AhoCorasickKind::DFA))
        .build(MARKS.iter().map(|m| m.0))
        .expect("currency marks")
});

/// The countries the prices of a text point to, in the order of `MARKS`; empty when it
/// prices in nothing listed.
pub fn countries_of_currency(text: &str) -> Vec<&'static str> {
    // Which marks stand as a price somewhere (overlapping matches: "GH₵" holds "₵").
    let mut priced = [false; MARKS.len()];
    for m in FINDER.find_overlapping_iter(text) {
        let i = m.pattern().as_usize();
        if !priced[i] && stands_as_price(text, m.start(), m.end(), MARKS[i].1) {
            priced[i] = true;
        }
    }
    let mut out: Vec<&'static str> = Vec::new();
    for (i, &(_, _, countries)) in MARKS.iter().enumerate() {
        if priced[i] {
            for &c in countries {
                if !out.contains(&c) {
                    out.push(c);
                }
            }
        }
    }
    out
}

/// Words for a worker's pay (salary, wage), lower case, in the languages of the ads.
const SALARY_WORDS: &[&str] = &[
    "salary",
    "salaries",
    "wage",
    "wages",
    "salaire",
    "salario",
    "salário",
    "salarios",
    "sueldo",
    "stipendio",
    "retribuzione",
    "gehalt",
    "lohn",
    "зарплата",
    "зарплату",
    "оклад",
    "راتب",
    "الراتب",
    "رواتب",
    "तलब",
    "वेतन",
    "বেতন",
    "maaş",
    "gaji",
    "sahod",
    "mshahara",
    "salaris",
];

/// Salary words in one pass, case folded for ASCII.
static SALARY: std::sync::LazyLock<aho_corasick::AhoCorasick> = std::sync::LazyLock::new(|| {
    aho_corasick::AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .build(SALARY_WORDS)
        .expect("salary words")
});

/// Whether `text` names a worker's pay (a word of [`SALARY_WORDS`]): where it does not,
/// [`countries_of_salary`] is empty.
pub(crate) fn names_pay(text: &str) -> bool {
    SALARY.is_match(text)
}

/// The countries whose currency a salary is quoted in ("Salary AED 1,500", "Salaire QAR
/// 1,800", "तलब AED 1,500"): [`countries_of_currency`] of each line that names a worker's pay.
/// In an offer of work abroad that is where the work is; a fee asked on another line ("Frais
/// de dossier 1 000 000 FCFA") is not counted.
pub(crate) fn countries_of_salary(text: &str) -> Vec<&'static str> {
    let mut out: Vec<&'static str> = Vec::new();
    let mut last_line = usize::MAX;
    for m in SALARY.find_iter(text) {
        let start = text[..m.start()].rfind('\n').map_or(0, |n| n + 1);
        if start == last_line {
            continue;
        }
        last_line = start;
        let end = text[m.end()..]
            .find('\n')
            .map_or(text.len(), |n| m.end() + n);
        for c in countries_of_currency(&text[start..end]) {
            if !out.contains(&c) {
                out.push(c);
            }
        }
    }
    out
}

/// The countries that pay in euros (the euro area, Bulgaria from 2026, and the countries that
/// use the euro by agreement or without one): where a post priced in euros may be.
pub const EURO_COUNTRIES: &[&str] = &[
    "AD", "AT", "BE", "BG", "CY", "DE", "EE", "ES", "FI", "FR", "GR", "HR", "IE", "IT", "LT", "LU",
    "LV", "MC", "ME", "MT", "NL", "PT", "SI", "SK", "SM", "VA", "XK",
];

/// Whether `text` prices in euros: a `€` anywhere, `EUR` beside a number, "euros" after one.
/// Too many countries for a hint by itself; with the post's language it narrows the
/// countries that speak it ("130 €" in Spanish: Spain, not Peru).
pub fn prices_in_euros(text: &str) -> bool {
    if text.contains('\u{20AC}') {
        return true;
    }
    [
        ("EUR", Stands::Beside),
        ("euros", Stands::After),
        ("Euro", Stands::After),
    ]
    .iter()
    .any(|&(mark, stands)| {
        text.match_indices(mark)
            .any(|(i, m)| stands_as_price(text, i, i + m.len(), stands))
    })
}

/// ISO codes that are also words: a price only before an amount of three digits or more.
const WORD_CODES: &[&str] = &["COP", "PEN", "R", "DOP", "NIS", "CRC", "VES", "SDG"];

fn stands_as_price(text: &str, start: usize, end: usize, stands: Stands) -> bool {
    if stands == Stands::Sign {
        return true;
    }
    let before = &text[..start];
    let after = &text[end..];
    if WORD_CODES.contains(&&text[start..end]) {
        let amount = after.trim_start_matches([' ', '\u{a0}']);
        let digits = amount
            .chars()
            .take_while(|c| c.is_ascii_digit() || matches!(c, '.' | ','))
            .filter(char::is_ascii_digit)
            .count();
        if digits < 3 {
            return false;
        }
    }
    // Not part of a longer word ("Rpm", "PHPStorm", "ROMAN"); a mark that is itself a letter
    // run must stand apart from other letters.
    let word_before = before.chars().next_back().is_some_and(char::is_alphabetic);
    let word_after = after.chars().next().is_some_and(char::is_alphabetic);
    let number_after = || {
        after
            .trim_start_matches([' ', '\u{a0}', '.', ':'])
            .chars()
            .next()
            .is_some_and(|c| c.is_numeric())
    };
    let number_before = || {
        before
            .trim_end_matches([' ', '\u{a0}'])
            .chars()
            .next_back()
            .is_some_and(|c| c.is_numeric())
    };
    match stands {
        Stands::Sign => true,
        Stands::Before => !word_before && number_after(),
        Stands::After => !word_after && number_before(),
        Stands::Beside => (!word_before && !word_after) && (number_after() || number_before()),
    }
}

#[cfg(test)]
mod tests {
    use super::{countries_of_currency, countries_of_salary};

    #[test]
    fn a_salary_line_points_to_its_currency() {
        let text = "Salaire QAR 1,800 + heures sup\nFrais de dossier 1 000 000 FCFA";
        assert_eq!(countries_of_salary(text), ["QA"]);
        assert_eq!(countries_of_salary("तलब AED 1,500 + ओभरटाइम"), ["AE"]);
        assert_eq!(
            countries_of_salary("Registration fee KSh 9000"),
            Vec::<&str>::new()
        );
    }

    #[test]
    fn prices_point_to_their_country() {
        assert_eq!(countries_of_currency("Tarif Rp 850.000 per jam"), ["ID"]);
        assert_eq!(countries_of_currency("Rp4.800.000/bulan"), ["ID"]);
        assert_eq!(countries_of_currency("চার্জ 5,000 টাকা"), ["BD"]);
        assert_eq!(countries_of_currency("EGP 13,600 شهرياً"), ["EG"]);
        assert_eq!(countries_of_currency("giá 500.000đ/giờ"), ["VN"]);
        assert_eq!(countries_of_currency("rate ₱2,500 per hour"), ["PH"]);
        assert_eq!(countries_of_currency("RM150 sejam"), ["MY"]);
        assert_eq!(countries_of_currency("Donation 1500 PHP"), ["PH"]);
        assert_eq!(
            countries_of_currency("Rs. 3000 only"),
            ["IN", "PK", "LK", "NP"]
        );
        assert_eq!(countries_of_currency("月給 ¥300,000"), ["JP", "CN"]);
        assert_eq!(countries_of_currency("السعر 250 dhs فقط"), ["AE", "MA"]);
        assert_eq!(countries_of_currency("Full body 300Dhs"), ["AE", "MA"]);
        assert_eq!(countries_of_currency("Desde 340 soles"), ["PE"]);
        for t in ["Tarifa 130 \u{20AC}", "EUR 150", "150 euros la hora"] {
            assert!(super::prices_in_euros(t), "{t}");
        }
        for t in ["Europe tour", "EURO 2024 watch party", "$150"] {
            assert!(!super::prices_in_euros(t), "{t}");
        }
        assert_eq!(countries_of_currency("Sueldo COP 290.000 semanal"), ["CO"]);
        assert_eq!(countries_of_currency("PEN 150 la hora"), ["PE"]);
        assert_eq!(countries_of_currency("1h R 1300, overnight R3500"), ["ZA"]);
    }

    #[test]
    fn currencies_of_the_caribbean_the_middle_east_africa_and_asia_place_a_post() {
        for (t, want) in [
            ("Tarifa RD$ 3,500 la hora", &["DO"][..]),
            ("Salario 4.500 GTQ mensuales", &["GT"]),
            ("Desde ₡25.000 la hora", &["CR"]),
            ("Pago 2.500.000 ₲ por mes", &["PY"]),
            ("Bs. 150 la hora", &["VE", "BO"]),
            ("מחיר 500 ש״ח לשעה", &["IL"]),
            ("only 400 ₪ tonight", &["IL", "PS"]),
            ("salary 2,500 QAR per month", &["QA"]),
            ("الراتب 300 د.ك شهريا", &["KW"]),
            ("1500 ريال شهريا", &["SA", "QA", "OM", "YE"]),
            ("Зарплата 150 000 ₸ в месяц", &["KZ"]),
            ("ხელფასი 900 ₾", &["GE"]),
            ("Mshahara TSh 450,000 kwa mwezi", &["TZ"]),
            (
                "Salaire 150 000 XAF par mois",
                &["CM", "CF", "TD", "CG", "GQ", "GA"],
            ),
            ("Lön 25 000 kr i månaden", &["SE", "NO", "DK", "IS"]),
            ("Cena 2 500 Kč za hodinu", &["CZ"]),
            ("CHF 300 pro Stunde", &["CH", "LI"]),
            ("Salary 250000 ֏ monthly", &["AM"]),
            ("Salary NIS 9,000 a month", &["IL"]),
            ("ค่าจ้าง LAK 3,000,000", &["LA"]),
        ] {
            assert_eq!(countries_of_currency(t), want, "{t}");
        }
    }

    #[test]
    fn marks_that_are_not_prices_point_nowhere() {
        assert!(countries_of_currency("PHP developer wanted, remote").is_empty());
        assert!(countries_of_currency("RPM gauge, Rp of the engine").is_empty());
        assert!(countries_of_currency("TL;DR the rate is $200").is_empty());
        assert!(countries_of_currency("ROMAN holiday, LE CHAT NOIR").is_empty());
        assert!(countries_of_currency("Rates from $150, €200 outcall").is_empty());
        assert!(countries_of_currency("Hello, new in town").is_empty());
        assert!(countries_of_currency("DHS approved, dhsgate").is_empty());
        assert!(countries_of_currency("NO COP 2 HOURS, PEN 15 MIN").is_empty());
        assert!(countries_of_currency("the soles of my feet").is_empty());
        // Codes that are words or brands, before a small number; Tagalog's "MGA".
        for t in [
            "AMD 5600X processor",
            "SDG 8 decent work",
            "NIS 2 directive",
            "massage GEL 250 ml",
            "NAD 500 mg drip",
            "BOB 2 tickets",
            "MGA 5 BABAE",
            "CUP 2 of tea",
            "5 Ft 6",
            "10 KM away",
            "ALL 3 girls",
            "1 день",
        ] {
            assert!(countries_of_currency(t).is_empty(), "{t}");
        }
        for t in [
            "R$ 250 a hora",
            "R&B night",
            "Rs 3000",
            "section R 2",
            "HOUR 150",
        ] {
            assert!(!countries_of_currency(t).contains(&"ZA"), "{t}");
        }
    }
}
