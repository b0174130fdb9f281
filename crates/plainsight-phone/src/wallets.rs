//! Mobile wallets paid to a phone number (GCash, M-Pesa, MTN MoMo, Orange Money, bKash, Pago
//! Móvil…): how ads write their names, and the countries each is opened in. A wallet's
//! account *is* a phone number of one of those countries, so a number written right after a
//! wallet's name is read there first ("Pay deposit to MTN MoMo 054 461 6948" is Ghanaian, not
//! Emirati or Saudi; "Orange Money 05 14 73 4305" beside an Italian WhatsApp number is
//! Ivorian), and a wallet named anywhere in a post points to where the poster is, as a
//! currency does. The extractor reads the same names for its `payment` selectors.

use std::sync::LazyLock;

/// Mobile wallets paid to a phone number: how ads write the name, the wallet, and whether the
/// name alone says so (otherwise it is also a name or a word, and needs a word for paying
/// before it).
pub const WALLETS: &[(&str, &str, bool)] = &[
    ("gcash", "gcash", true),
    ("paymaya", "maya", true),
    ("maya", "maya", false),
    ("promptpay", "promptpay", true),
    ("prompt pay", "promptpay", true),
    ("พร้อมเพย์", "promptpay", true),
    ("truemoney", "truemoney", true),
    ("true money", "truemoney", true),
    ("ทรูมันนี่", "truemoney", true),
    ("touch 'n go", "tng", true),
    ("touch n go", "tng", true),
    ("touch'n go", "tng", true),
    ("touchngo", "tng", true),
    ("tng", "tng", false),
    ("momo", "momo", false),
    ("zalopay", "zalopay", true),
    ("viettelpay", "viettelpay", true),
    ("shopeepay", "shopeepay", true),
    ("gopay", "gopay", true),
    ("linkaja", "linkaja", true),
    ("dana", "dana", false),
    ("ovo", "ovo", false),
    ("boost", "boost", false),
    ("m-pesa", "mpesa", true),
    ("mpesa", "mpesa", true),
    ("orange money", "orangemoney", true),
    ("airtel money", "airtelmoney", true),
    ("mtn momo", "mtnmomo", true),
    ("mtn mobile money", "mtnmomo", true),
    ("wave", "wave", false),
    ("bkash", "bkash", true),
    ("nagad", "nagad", true),
    ("easypaisa", "easypaisa", true),
    ("jazzcash", "jazzcash", true),
    ("paytm", "paytm", true),
    ("phonepe", "phonepe", true),
    ("kaspi", "kaspi", true),
    ("qiwi", "qiwi", true),
    ("сбп", "sbp", true),
    // Africa
    ("opay", "opay", true),
    ("palmpay", "palmpay", true),
    ("vodafone cash", "vodafonecash", true),
    ("airteltigo money", "airteltigomoney", true),
    ("telebirr", "telebirr", true),
    ("ecocash", "ecocash", true),
    ("moov money", "moovmoney", true),
    ("free money", "freemoney", false),
    // South Asia
    ("esewa", "esewa", true),
    ("khalti", "khalti", true),
    ("google pay", "gpay", true),
    ("gpay", "gpay", true),
    ("upay", "upay", false),
    ("rocket", "rocket", false),
    // Latin America
    ("pago movil", "pagomovil", true),
    ("pago móvil", "pagomovil", true),
    ("pagomovil", "pagomovil", true),
    ("nequi", "nequi", true),
    ("daviplata", "daviplata", true),
    ("yape", "yape", true),
    ("plin", "plin", false),
    ("pix", "pix", false),
];

/// Where each wallet of [`WALLETS`] is a mobile wallet paid to a phone number: the
/// countries whose numbers it is opened on (ISO 3166-1 alpha-2). A wallet's name says where
/// the money is, as a currency does ("Pay deposit to MTN MoMo 054 461 6948": Ghana, where
/// the United Arab Emirates and Saudi Arabia read the digits too). Wallets in many
/// countries at once (ShopeePay, Google Pay) point nowhere and are left out.
pub const WALLET_COUNTRIES: &[(&str, &[&str])] = &[
    ("gcash", &["PH"]),
    ("maya", &["PH"]),
    ("promptpay", &["TH"]),
    ("truemoney", &["TH"]),
    ("tng", &["MY"]),
    ("boost", &["MY"]),
    ("momo", &["VN", "GH", "UG", "RW", "ZM", "CM", "CI", "BJ"]),
    ("zalopay", &["VN"]),
    ("viettelpay", &["VN"]),
    ("gopay", &["ID"]),
    ("linkaja", &["ID"]),
    ("dana", &["ID"]),
    ("ovo", &["ID"]),
    ("mpesa", &["KE", "TZ", "CD", "MZ", "LS", "ET"]),
    (
        "orangemoney",
        &[
            "SN", "ML", "CI", "CM", "BF", "GN", "MG", "NE", "CD", "SL", "LR", "BW",
        ],
    ),
    (
        "airtelmoney",
        &[
            "KE", "UG", "TZ", "ZM", "MW", "RW", "NG", "NE", "TD", "CD", "CG", "GA", "MG",
        ],
    ),
    (
        "mtnmomo",
        &[
            "GH", "UG", "RW", "ZM", "CM", "CI", "BJ", "CG", "GN", "LR", "SZ", "NG", "ZA",
        ],
    ),
    ("wave", &["SN", "CI", "ML", "BF", "UG", "GM"]),
    ("bkash", &["BD"]),
    ("nagad", &["BD"]),
    ("upay", &["BD"]),
    ("rocket", &["BD"]),
    ("easypaisa", &["PK"]),
    ("jazzcash", &["PK"]),
    ("paytm", &["IN"]),
    ("phonepe", &["IN"]),
    ("kaspi", &["KZ"]),
    ("qiwi", &["RU", "KZ"]),
    ("sbp", &["RU"]),
    ("opay", &["NG", "EG"]),
    ("palmpay", &["NG", "GH"]),
    ("vodafonecash", &["GH", "EG"]),
    ("airteltigomoney", &["GH"]),
    ("telebirr", &["ET"]),
    ("ecocash", &["ZW"]),
    (
        "moovmoney",
        &["CI", "BJ", "TG", "BF", "NE", "ML", "TD", "GA"],
    ),
    ("freemoney", &["SN"]),
    ("esewa", &["NP"]),
    ("khalti", &["NP"]),
    ("pagomovil", &["VE"]),
    ("nequi", &["CO"]),
    ("daviplata", &["CO"]),
    ("yape", &["PE"]),
    ("plin", &["PE"]),
    ("pix", &["BR"]),
];

/// The wallet names as written, any ASCII case, for [`wallet_countries`] on a field's own
/// text.
static WALLET_NAMES_RAW: LazyLock<aho_corasick::AhoCorasick> = LazyLock::new(|| {
    aho_corasick::AhoCorasick::builder()
        .match_kind(aho_corasick::MatchKind::LeftmostLongest)
        .ascii_case_insensitive(true)
        .build(WALLETS.iter().map(|(n, _, _)| *n))
        .expect("wallet names")
});

/// The countries the mobile wallets a text names point to ([`WALLET_COUNTRIES`]), in the
/// order named: a name standing as a word of its own, and a name that is also a word or a
/// person's ("Wave", "Maya", "Dana") only after a word for paying, as the extractor reads them.
/// Read on a field's own text (the post's region evidence comes before its fold).
pub fn wallet_countries(text: &str) -> Vec<&'static str> {
    let mut out: Vec<&'static str> = Vec::new();
    for m in WALLET_NAMES_RAW.find_iter(text) {
        let Some(countries) = named_wallet(text, &m, false).and_then(countries_of) else {
            continue;
        };
        for c in countries {
            if !out.contains(c) {
                out.push(c);
            }
        }
    }
    out
}

/// The wallet (its id) a match of a wallet's name in `text` names (the match's pattern is its
/// index in [`WALLETS`]): a name standing as a word of its own (Latin or Cyrillic letters
/// beside it make it part of another word; Chinese or Thai may run into it: "转到Touch 'n
/// Go"), and a name that is also a word or a person's only after a word for paying
/// ([`pays_before`]). `lower`: `text` is already a field's folded lower-case view (the
/// extractor's); otherwise the words before the name are folded here first.
pub fn named_wallet(text: &str, m: &aho_corasick::Match, lower: bool) -> Option<&'static str> {
    let (name, wallet, alone) = WALLETS[m.pattern().as_usize()];
    let joined = |c: char| {
        c.is_ascii_alphanumeric() || (!name.is_ascii() && ('\u{0400}'..='\u{04ff}').contains(&c))
    };
    if text[..m.start()].chars().next_back().is_some_and(joined)
        || text[m.end()..].chars().next().is_some_and(joined)
    {
        return None;
    }
    if !alone {
        let paid = if lower {
            pays_before(text, m.start())
        } else {
            let before = window_before(text, m.start());
            let before = plainsight_text::fold(before).as_str().to_ascii_lowercase();
            pays_before(&before, before.len())
        };
        if !paid {
            return None;
        }
    }
    Some(wallet)
}

/// [`PAY_WORDS`] as `fold` writes them, lower case.
static PAY_FINDER: LazyLock<aho_corasick::AhoCorasick> = LazyLock::new(|| {
    aho_corasick::AhoCorasick::new(
        PAY_WORDS
            .iter()
            .map(|w| plainsight_text::fold(w).as_str().to_lowercase()),
    )
    .expect("pay words")
});

/// Whether a word for paying stands in the 48 bytes of `lower` (a folded lower-case view)
/// before `at`.
pub fn pays_before(lower: &str, at: usize) -> bool {
    PAY_FINDER.is_match(window_before(lower, at))
}

/// Words for paying that make an ambiguous wallet name a wallet when they come shortly before
/// it (lower case; Vietnamese as ads often write it, without its marks: "chuyen", "coc").
pub const PAY_WORDS: &[&str] = &[
    "pay",
    "transfer",
    "deposit",
    "send",
    "bayar",
    "chuyen",
    "coc",
    "thanh toan",
    "โอน",
    "มัดจำ",
    "转",
    "付",
    "定金",
    "订金",
    "оплат",
    "перев",
    "предоплат",
    "депозит",
    "завдат",
    "переказ",
    "avans",
    "przelew",
    "wplat",
    "plata",
    "bayad",
    "padala",
    "hulog",
    "kirim",
    "envoi",
    "envoyer",
    "payer",
    "paiement",
    "pago",
    "pagar",
    "deposito",
    "transferencia",
    "envia",
    "chave",
    "lipa",
    "tuma",
];

/// Words between a wallet's name and its number ("TrueMoney Wallet 087…", "GCash no. 0917…").
pub const WALLET_FILLER: &[&str] = &[
    "wallet",
    "ewallet",
    "e",
    "account",
    "acct",
    "acc",
    "no",
    "number",
    "num",
    "id",
    "เบอร์",
    "so",
    "nomor",
    "no.",
    ".",
    "номер",
    "numero",
    "at",
    "to",
    // "par Orange Money au 77…", "Nequi al 300…", "MB Way para o 912…", "Wave: n° 77…".
    "au",
    "al",
    "a",
    "à",
    "ao",
    "o",
    "para",
    "número",
    "numéro",
    "n°",
    "nº",
];

/// The 48 bytes of `text` before `at` (fewer to start on a character), where a word for
/// paying makes a wallet's name that is also a word a wallet.
pub fn window_before(text: &str, at: usize) -> &str {
    let mut from = at.saturating_sub(48);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    &text[from..at]
}

/// The most bytes between a wallet's name and its number ("MoMo number: ", "GCash acct no. ").
pub const MAX_WALLET_GAP: usize = 24;

/// Whether `gap`, the text between a wallet's name and a number, holds only separators and
/// the words ads put there ([`WALLET_FILLER`]: "wallet", "no.", "number").
pub fn wallet_gap(gap: &str) -> bool {
    gap.len() <= MAX_WALLET_GAP
        && gap
            .split(|c: char| c.is_whitespace() || (c.is_ascii_punctuation() && c != '.'))
            .filter(|w| !w.is_empty())
            .all(|w| WALLET_FILLER.contains(&w.to_lowercase().as_str()))
}

/// The countries of the wallet whose name ends right before byte `s` of `t` (separated from
/// it by [`wallet_gap`] only): the number at `s` is that wallet's account.
pub(crate) fn wallet_before(t: &str, s: usize) -> Option<&'static [&'static str]> {
    let mut from = s.saturating_sub(MAX_WALLET_GAP + 24);
    while !t.is_char_boundary(from) {
        from += 1;
    }
    let window = &t[from..s];
    let mut last = None;
    for m in WALLET_NAMES_RAW.find_iter(window) {
        // Offsets into `t`, so the word around the name is looked at whole.
        let m = aho_corasick::Match::new(m.pattern(), from + m.start()..from + m.end());
        if !wallet_gap(&t[m.end()..s]) {
            continue;
        }
        if let Some(wallet) = named_wallet(t, &m, false) {
            last = countries_of(wallet);
        }
    }
    last
}

/// The countries a wallet (its id in [`WALLETS`]) is opened in; `None` for a wallet of many
/// countries at once.
pub fn countries_of(wallet: &str) -> Option<&'static [&'static str]> {
    WALLET_COUNTRIES
        .iter()
        .find(|(w, _)| *w == wallet)
        .map(|(_, c)| *c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_wallet_has_countries_unless_it_is_everywhere() {
        for (name, id, _) in WALLETS {
            assert!(
                countries_of(id).is_some() || ["shopeepay", "gpay"].contains(id),
                "{name}"
            );
        }
        for (id, countries) in WALLET_COUNTRIES {
            assert!(WALLETS.iter().any(|w| w.1 == *id), "{id}");
            for c in *countries {
                assert!(plainsight_core::Region::parse(c).is_ok(), "{c}");
            }
        }
    }

    #[test]
    fn a_wallet_named_before_a_number_says_where_it_is() {
        let at = |t: &str| wallet_before(t, t.find('0').unwrap());
        assert_eq!(
            at("Pay deposit to MTN MoMo 054 461 6948"),
            countries_of("mtnmomo")
        );
        assert_eq!(at("GCash no. 0917 123 4567"), Some(&["PH"][..]));
        assert_eq!(
            at("Dépôt Orange Money : 05 14 73 4305"),
            countries_of("orangemoney")
        );
        // A wallet's name that is also a word needs a word for paying before it.
        assert_eq!(at("Call Maya 0917 123 4567"), None);
        assert_eq!(at("pay via Maya 0917 123 4567"), Some(&["PH"][..]));
        // Words other than the fillers between them: no wallet's number.
        assert_eq!(at("GCash accepted, call 0917 123 4567"), None);
        assert_eq!(at("nothing here 0917 123 4567"), None);
    }

    #[test]
    fn wallets_named_anywhere_point_to_their_countries() {
        assert_eq!(
            wallet_countries("Paiement par Wave ou bKash"),
            vec!["SN", "CI", "ML", "BF", "UG", "GM", "BD"]
        );
        assert!(wallet_countries("a big wave of new girls").is_empty());
    }
}
