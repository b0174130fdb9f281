//! Payment handles: Cash App `$cashtag` (and "cashapp: name"), Venmo ("venmo @x", "venmo: x"),
//! PayPal ("paypal: a@b.com"; `paypal.me/x` is read in [`crate::url`]) and Zelle, which pays to a
//! phone number or an email ("zelle 713-555-0123", "zelle: a@b.com").
//!
//! A `$` followed by a digit is a price, never a cashtag; a cashtag must start with a letter
//! (Cash App requires a letter) and must not be a rate or currency abbreviation (`$hh`, `$usd`).
//!
//! Zelle and PayPal payments to a phone or an email are both a `payment` and that `phone` or
//! `email`: the payment spans the cue and the contact, and is kept beside it (same group).
//!
//! A bank account written as an IBAN ("IBAN: PL61 1090 1014 0000 0712 1981 2874", the deposit
//! a scam asks for) is a payment `iban:PL61109010140000071219812874` when its length is its
//! country's and its check digits hold (ISO 13616: mod 97): unbroken, or in the printed groups
//! of four.
//!
//! A mobile wallet paid to a phone number ("โอนมัดจำ ที่ PromptPay 082 999 5626", "Pay 3000
//! php via GCash 0978 234 1421", "M-Pesa 0712 345 678") is a payment `gcash:+639782341421`
//! beside that phone, as Zelle is. Names that are also a person's or a word ("Maya", "Dana",
//! "Wave", "Boost") are a wallet only after a word for paying ("pay via Maya 0993…"): "call
//! Maya 0917…" gives Maya's number.
//!
//! So is an account number right after a bank's name ("โอนมัดจำ ที่ กสิกร 4091281093", "Cọc
//! vào Techcombank 244-4-53180-5", "Предоплата на Сбер 921878885061"): `bank:kbank:4091281093`,
//! eight to twenty digits in groups, the bank by one name whatever the script (`BANKS`). Its
//! digits are no phone number (the payment outranks the phone stage's reading of them).

use crate::email::EmailHit;
use crate::{Cand, FieldText, PhoneHit, Sink, RANK_PAYMENT};
use plainsight_core::{Platform, SelectorKind};
use plainsight_phone::wallets::{named_wallet, wallet_gap, window_before, WALLETS};
use regex::Regex;
use std::sync::LazyLock;

static CASHTAG: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?P<cue>cash[ \t]?app[ \t]*(?:[:=\-]+[ \t]*|(?:me[ \t]+|[ \t]+)))?\$(?P<tag>[a-z][a-z0-9_\-]{1,19})|cash[ \t]?app[ \t]*(?:[:=\-]+[ \t]*|[ \t]+(?:me[ \t]+)?)(?P<bare>[a-z][a-z0-9_\-]{1,19})")
        .expect("cashtag pattern")
});

static VENMO: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"venmo[ \t]*(?:[:=\-]+[ \t]*|[ \t]+(?:me[ \t]+)?)(?P<at>@[ \t]?)?(?P<name>[a-z0-9][a-z0-9_\-]{4,29})")
        .expect("venmo pattern")
});

static CONTACT_CUE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?P<cue>zelle|paypal)[ \t]*(?:[:=\-]+[ \t]*|(?:me|to|at|via)[ \t]+)?")
        .expect("zelle pattern")
});

/// Words after "$" or a payment cue that are not account names.
const STOPWORDS: &[&str] = &[
    "hh",
    "hr",
    "hrs",
    "hour",
    "hours",
    "h",
    "qv",
    "qq",
    "fs",
    "gfe",
    "pse",
    "usd",
    "cad",
    "aud",
    "eur",
    "gbp",
    "ngn",
    "rose",
    "roses",
    "donation",
    "donations",
    "only",
    "accepted",
    "ok",
    "okay",
    "preferred",
    "available",
    "and",
    "or",
    "only",
    "also",
    "too",
    "is",
    "me",
    "please",
    "pls",
    "first",
    "deposit",
    "dep",
    "upfront",
    "up",
    "payment",
    "pay",
    "the",
    "for",
    "to",
    "no",
    "yes",
    "cash",
    "app",
    "fee",
    "fees",
    "incall",
    "outcall",
    "special",
    "specials",
    "off",
];

fn word_before(lower: &str, pos: usize) -> bool {
    lower.as_bytes()[..pos]
        .last()
        .is_some_and(|b| b.is_ascii_alphanumeric() || b"_$".contains(b))
}

fn ends_token(lower: &str, end: usize) -> bool {
    match lower.as_bytes().get(end) {
        None => true,
        Some(&b) => !(b.is_ascii_alphanumeric() || b == b'_' || b == b'@'),
    }
}

pub(crate) fn find(ft: &FieldText<'_>, sink: &mut Sink, phones: &[PhoneHit], emails: &[EmailHit]) {
    let lower = &ft.lower;
    // IBANs and bank accounts need eight digits or more; most fields have fewer.
    let digits = lower.bytes().filter(u8::is_ascii_digit).count();
    for (s, e, iban) in ibans(lower, digits) {
        push(ft, sink, Platform::Iban, format!("iban:{iban}"), s, e);
    }
    for (s, e, bank, number) in bank_accounts(lower, digits) {
        push(
            ft,
            sink,
            Platform::Bank,
            format!("bank:{bank}:{number}"),
            s,
            e,
        );
    }
    if !phones.is_empty() {
        wallets(ft, sink, phones);
    }
    // A till or a paybill has five digits or more.
    if digits >= 5 {
        for (s, e, value) in mpesa_numbers(lower) {
            push(ft, sink, Platform::Wallet, value, s, e);
        }
    }
    if lower.contains('$') || lower.contains("cash") {
        for caps in CASHTAG.captures_iter(lower) {
            let Some(m) = caps.get(0) else { continue };
            let Some(tag) = caps.name("tag").or(caps.name("bare")) else {
                continue;
            };
            if word_before(lower, m.start()) || !ends_token(lower, tag.end()) {
                continue;
            }
            if STOPWORDS.contains(&tag.as_str()) {
                continue;
            }
            let tag = tag.as_str().trim_end_matches('-');
            push(
                ft,
                sink,
                Platform::Cashapp,
                format!("cashapp:${tag}"),
                m.start(),
                m.end(),
            );
        }
    }
    if lower.contains("venmo") {
        for caps in VENMO.captures_iter(lower) {
            let (Some(m), Some(name)) = (caps.get(0), caps.name("name")) else {
                continue;
            };
            if word_before(lower, m.start()) || !ends_token(lower, name.end()) {
                continue;
            }
            if STOPWORDS.contains(&name.as_str())
                || name.as_str().bytes().all(|b| b.is_ascii_digit())
            {
                continue;
            }
            push(
                ft,
                sink,
                Platform::Venmo,
                format!("venmo:{}", name.as_str()),
                m.start(),
                m.end(),
            );
        }
    }
    if lower.contains("zelle") || lower.contains("paypal") {
        for caps in CONTACT_CUE.captures_iter(lower) {
            let (Some(m), Some(cue)) = (caps.get(0), caps.name("cue")) else {
                continue;
            };
            if word_before(lower, m.start()) {
                continue;
            }
            let (platform, prefix) = if cue.as_str() == "zelle" {
                (Platform::Zelle, "zelle")
            } else {
                (Platform::Paypal, "paypal")
            };
            let (cs, ce) = ft.orig(m.start(), m.end());
            if let Some(e) = emails.iter().find(|e| e.start >= ce && e.start <= ce + 3) {
                sink.push(Cand {
                    kind: SelectorKind::Payment,
                    platform: Some(platform),
                    value: format!("{prefix}:{}", e.value),
                    start: cs,
                    end: e.end,
                    group: e.group,
                    rank: RANK_PAYMENT,
                });
            } else if platform == Platform::Zelle {
                if let Some(p) = crate::phone_right_after(ft.raw, ce, phones) {
                    sink.push(Cand {
                        kind: SelectorKind::Payment,
                        platform: Some(platform),
                        value: format!("zelle:{}", p.e164),
                        start: cs,
                        end: p.end,
                        group: p.group,
                        rank: RANK_PAYMENT,
                    });
                }
            }
        }
    }
}

/// The IBANs in lower-case text holding `digits` ASCII digits: (start, end, the IBAN in
/// capitals without spaces).
fn ibans(lower: &str, digits: usize) -> Vec<(usize, usize, String)> {
    let b = lower.as_bytes();
    let mut out = Vec::new();
    // The shortest IBAN (Norway's) has 13 digits.
    if digits < 13 {
        return out;
    }
    let mut i = 0;
    while i + 4 <= b.len() {
        // Digits are rarer than letters: they are looked at first.
        let starts = b[i + 2].is_ascii_digit()
            && b[i + 3].is_ascii_digit()
            && b[i].is_ascii_lowercase()
            && b[i + 1].is_ascii_lowercase()
            && (i == 0 || !b[i - 1].is_ascii_alphanumeric());
        let Some(len) = starts
            .then(|| iban_length([b[i].to_ascii_uppercase(), b[i + 1].to_ascii_uppercase()]))
            .flatten()
        else {
            i += 1;
            continue;
        };
        // Its characters, unbroken or in groups of four with one space between.
        let mut chars: Vec<u8> = Vec::with_capacity(len);
        let (mut j, mut end) = (i, i);
        while j < b.len() && chars.len() < len {
            if b[j].is_ascii_alphanumeric() {
                chars.push(b[j].to_ascii_uppercase());
                j += 1;
                end = j;
            } else if b[j] == b' '
                && chars.len().is_multiple_of(4)
                && b.get(j + 1).is_some_and(u8::is_ascii_alphanumeric)
            {
                j += 1;
            } else {
                break;
            }
        }
        let whole = chars.len() == len && b.get(end).is_none_or(|c| !c.is_ascii_alphanumeric());
        if whole && iban_checks(&chars) {
            out.push((i, end, String::from_utf8_lossy(&chars).into_owned()));
            i = end;
        } else {
            i += 1;
        }
    }
    out
}

/// Banks whose names ads put before an account number, in the countries of the ads read here,
/// as (name as written in lower case, the bank's one name). Names that are also words or
/// initials of other things ("mb", "bank") are left out.
const BANKS: &[(&str, &str)] = &[
    // Thailand
    ("kbank", "kbank"),
    ("kasikorn", "kbank"),
    ("kasikornbank", "kbank"),
    ("\u{E01}\u{E2A}\u{E34}\u{E01}\u{E23}", "kbank"),
    ("scb", "scb"),
    (
        "\u{E44}\u{E17}\u{E22}\u{E1E}\u{E32}\u{E13}\u{E34}\u{E0A}\u{E22}\u{E4C}",
        "scb",
    ),
    ("bangkok bank", "bbl"),
    ("krungthai", "ktb"),
    ("\u{E01}\u{E23}\u{E38}\u{E07}\u{E44}\u{E17}\u{E22}", "ktb"),
    ("krungsri", "krungsri"),
    (
        "\u{E01}\u{E23}\u{E38}\u{E07}\u{E28}\u{E23}\u{E35}",
        "krungsri",
    ),
    // Vietnam
    ("vietcombank", "vietcombank"),
    ("techcombank", "techcombank"),
    ("vietinbank", "vietinbank"),
    ("agribank", "agribank"),
    ("sacombank", "sacombank"),
    ("vpbank", "vpbank"),
    ("bidv", "bidv"),
    ("acb", "acb"),
    ("mbbank", "mbbank"),
    // Indonesia
    ("bca", "bca"),
    ("bri", "bri"),
    ("bni", "bni"),
    ("mandiri", "mandiri"),
    // Malaysia
    ("maybank", "maybank"),
    ("cimb", "cimb"),
    ("public bank", "publicbank"),
    ("rhb", "rhb"),
    // Philippines
    ("bdo", "bdo"),
    ("bpi", "bpi"),
    ("metrobank", "metrobank"),
    ("landbank", "landbank"),
    // Russia, Ukraine, Kazakhstan
    ("sberbank", "sberbank"),
    (
        "\u{421}\u{431}\u{435}\u{440}\u{431}\u{430}\u{43D}\u{43A}",
        "sberbank",
    ),
    (
        "\u{441}\u{431}\u{435}\u{440}\u{431}\u{430}\u{43D}\u{43A}",
        "sberbank",
    ),
    ("\u{421}\u{431}\u{435}\u{440}", "sberbank"),
    ("\u{441}\u{431}\u{435}\u{440}", "sberbank"),
    ("\u{421}\u{411}\u{415}\u{420}", "sberbank"),
    ("tinkoff", "tinkoff"),
    (
        "\u{422}\u{438}\u{43D}\u{44C}\u{43A}\u{43E}\u{444}\u{444}",
        "tinkoff",
    ),
    (
        "\u{442}\u{438}\u{43D}\u{44C}\u{43A}\u{43E}\u{444}\u{444}",
        "tinkoff",
    ),
    ("privatbank", "privatbank"),
    ("\u{41F}\u{440}\u{438}\u{432}\u{430}\u{442}", "privatbank"),
    ("\u{43F}\u{440}\u{438}\u{432}\u{430}\u{442}", "privatbank"),
    ("monobank", "monobank"),
    ("\u{41C}\u{43E}\u{43D}\u{43E}", "monobank"),
    ("kaspi", "kaspi"),
    // Taiwan, Hong Kong, Japan, Korea
    ("\u{4E2D}\u{570B}\u{4FE1}\u{8A17}", "ctbc"),
    ("\u{4E2D}\u{4FE1}", "ctbc"),
    ("ctbc", "ctbc"),
    ("\u{570B}\u{6CF0}\u{4E16}\u{83EF}", "cathay"),
    ("\u{53F0}\u{65B0}", "taishin"),
    ("\u{7389}\u{5C71}", "esun"),
    ("\u{90F5}\u{5C40}", "chunghwapost"),
    ("hsbc", "hsbc"),
    ("\u{532F}\u{8C50}", "hsbc"),
    ("\u{4E2D}\u{570B}\u{9280}\u{884C}", "boc"),
    ("\u{4E2D}\u{94F6}", "boc"),
    ("\u{6052}\u{751F}", "hangseng"),
    ("\u{3086}\u{3046}\u{3061}\u{3087}", "yucho"),
    ("\u{4E09}\u{83F1}ufj", "mufg"),
    ("\u{4E09}\u{4E95}\u{4F4F}\u{53CB}", "smbc"),
    ("\u{307F}\u{305A}\u{307B}", "mizuho"),
    ("\u{697D}\u{5929}\u{9280}\u{884C}", "rakuten"),
    ("\u{AD6D}\u{BBFC}\u{C740}\u{D589}", "kookmin"),
    ("\u{AD6D}\u{BBFC}", "kookmin"),
    ("\u{C2E0}\u{D55C}", "shinhan"),
    ("\u{C6B0}\u{B9AC}\u{C740}\u{D589}", "woori"),
    ("\u{D558}\u{B098}\u{C740}\u{D589}", "hana"),
    ("\u{B18D}\u{D611}", "nonghyup"),
    ("\u{CE74}\u{CE74}\u{C624}\u{BC45}\u{D06C}", "kakaobank"),
    ("\u{D1A0}\u{C2A4}", "toss"),
    // Cambodia
    ("wing", "wing"),
    ("aba", "aba"),
    ("acleda", "acleda"),
    // Poland, Romania, Moldova, Georgia
    ("pko", "pko"),
    ("mbank", "mbank"),
    ("pekao", "pekao"),
    ("santander", "santander"),
    ("bcr", "bcr"),
    ("brd", "brd"),
    ("banca transilvania", "bt"),
    ("maib", "maib"),
    ("moldindconbank", "micb"),
    ("tbc", "tbc"),
    ("bank of georgia", "bog"),
    // Nigeria, Ghana, Kenya and their neighbours (a NUBAN is ten digits)
    ("gtbank", "gtbank"),
    ("gt bank", "gtbank"),
    ("gtb", "gtbank"),
    ("guaranty trust", "gtbank"),
    ("access bank", "access"),
    ("first bank", "firstbank"),
    ("firstbank", "firstbank"),
    ("zenith bank", "zenith"),
    ("uba", "uba"),
    ("fidelity bank", "fidelity"),
    ("union bank", "unionbank"),
    ("wema bank", "wema"),
    ("sterling bank", "sterling"),
    ("fcmb", "fcmb"),
    ("stanbic", "stanbic"),
    ("ecobank", "ecobank"),
    ("kuda bank", "kuda"),
    ("moniepoint", "moniepoint"),
    ("gcb", "gcb"),
    ("equity bank", "equity"),
    ("kcb", "kcb"),
    ("co-op bank", "coopbank"),
    ("cbe", "cbe"),
    // South Asia
    ("sbi", "sbi"),
    ("hdfc", "hdfc"),
    ("icici", "icici"),
    ("axis bank", "axis"),
    ("pnb", "pnb"),
    ("dutch-bangla", "dbbl"),
    ("dbbl", "dbbl"),
    ("brac bank", "brac"),
    ("islami bank", "islamibank"),
    ("nabil bank", "nabil"),
    ("meezan", "meezan"),
    // The Gulf
    ("emirates nbd", "enbd"),
    ("adcb", "adcb"),
    ("al rajhi", "alrajhi"),
    ("alrajhi", "alrajhi"),
    ("qnb", "qnb"),
    // Latin America
    ("bancolombia", "bancolombia"),
    ("davivienda", "davivienda"),
    ("banesco", "banesco"),
    ("banco de venezuela", "bdv"),
    ("banco mercantil", "mercantil"),
    ("bcp", "bcp"),
    ("interbank", "interbank"),
    ("bbva", "bbva"),
    ("banorte", "banorte"),
    ("banco azteca", "azteca"),
    ("nubank", "nubank"),
    ("itau", "itau"),
    ("bradesco", "bradesco"),
    ("caixa economica", "caixa"),
    ("caixa econômica", "caixa"),
    ("banco do brasil", "bb"),
];

/// [`BANKS`]' names in one automaton, a DFA: for this many names the builder would pick an
/// NFA stepped byte by byte, in every field with eight digits.
static BANK_FINDER: LazyLock<aho_corasick::AhoCorasick> = LazyLock::new(|| {
    aho_corasick::AhoCorasick::builder()
        .match_kind(aho_corasick::MatchKind::LeftmostLongest)
        .kind(Some(aho_corasick::AhoCorasickKind::DFA))
        .build(BANKS.iter().map(|(n, _)| *n))
        .expect("bank names")
});

/// An account number after a bank's name in lower-case text holding `digits` ASCII digits:
/// (start, end, the bank, its digits).
fn bank_accounts(lower: &str, digits: usize) -> Vec<(usize, usize, &'static str, String)> {
    let b = lower.as_bytes();
    let mut out = Vec::new();
    if digits < 8 {
        return out;
    }
    for m in BANK_FINDER.find_iter(lower) {
        let name = &lower[m.start()..m.end()];
        // An ASCII name is a word of its own ("bca", not "abcabc").
        if name.is_ascii()
            && (b[..m.start()].last().is_some_and(u8::is_ascii_alphanumeric)
                || b.get(m.end()).is_some_and(u8::is_ascii_alphanumeric))
        {
            continue;
        }
        // Separators, and at most one short word for "account number" ("STK", "no", "a/c").
        let mut j = m.end();
        let skip = |j: &mut usize| {
            while *j < b.len() && matches!(b[*j], b' ' | b':' | b'#' | b'.' | b'-' | b'\t') {
                *j += 1;
            }
        };
        skip(&mut j);
        for word in ["stk", "tk", "no", "acc", "a/c", "rek", "account"] {
            if lower[j..].starts_with(word)
                && !b.get(j + word.len()).is_some_and(u8::is_ascii_alphanumeric)
            {
                j += word.len();
                skip(&mut j);
                break;
            }
        }
        // Digits in groups, one space or dash between them.
        let start = j;
        let mut digits = String::new();
        let mut end = j;
        while j < b.len() {
            if b[j].is_ascii_digit() {
                digits.push(b[j] as char);
                j += 1;
                end = j;
            } else if matches!(b[j], b' ' | b'-')
                && b.get(j + 1).is_some_and(u8::is_ascii_digit)
                && j > start
            {
                j += 1;
            } else {
                break;
            }
        }
        let whole = !b.get(end).is_some_and(u8::is_ascii_alphanumeric);
        if (8..=20).contains(&digits.len()) && whole && end > start {
            let bank = BANKS[m.pattern().as_usize()].1;
            out.push((m.start(), end, bank, digits));
        }
    }
    out
}

/// The wallet names as `fold` writes them, lower case (combining marks and letter forms as
/// the lower-case view of a field has them); a match's pattern is its index in [`WALLETS`].
static WALLET_FINDER: LazyLock<aho_corasick::AhoCorasick> = LazyLock::new(|| {
    aho_corasick::AhoCorasick::builder()
        .match_kind(aho_corasick::MatchKind::LeftmostLongest)
        .build(
            WALLETS
                .iter()
                .map(|(n, _, _)| plainsight_text::fold(n).as_str().to_lowercase()),
        )
        .expect("wallet names")
});

/// Payments to a mobile wallet: a wallet's name, then (after separators and at most a few
/// words such as "wallet" or "no.") a phone the phone stage found.
fn wallets(ft: &FieldText<'_>, sink: &mut Sink, phones: &[PhoneHit]) {
    let lower = &ft.lower;
    for m in WALLET_FINDER.find_iter(lower) {
        let Some(wallet) = named_wallet(lower, &m, true) else {
            continue;
        };
        let (cs, ce) = ft.orig(m.start(), m.end());
        let Some(p) = phones
            .iter()
            .find(|p| p.start >= ce && ft.raw.get(ce..p.start).is_some_and(wallet_gap))
        else {
            continue;
        };
        sink.push(Cand {
            kind: SelectorKind::Payment,
            platform: Some(Platform::Wallet),
            value: format!("{wallet}:{}", p.e164),
            start: cs,
            end: p.end,
            group: p.group,
            rank: RANK_PAYMENT,
        });
    }
}

/// Words of M-Pesa (Safaricom's wallet) before a till number: "Lipa na M-Pesa", "Buy Goods".
const MPESA_CUES: &[&str] = &["mpesa", "m-pesa", "m pesa", "lipa na", "buy goods"];

/// The business numbers M-Pesa is paid to, which are no phone numbers: a *till* ("Lipa na
/// M-Pesa, Till No. 512345", "Buy Goods till 512345", "till number: 512345") and a *paybill*
/// with the account the payer names ("Paybill 247247 Acc 0712345678", "pay bill no. 522522,
/// account: ANNA"): `mpesa:till:512345`, `mpesa:paybill:247247:0712345678` (a bank's paybill
/// is shared by all its customers, so the account belongs to the value). A till is five to
/// seven digits after "till" with M-Pesa named within 48 bytes before it, or after "till
/// number" / "till no" ("open till 10pm", "valid till 2025" are no tills).
fn mpesa_numbers(lower: &str) -> Vec<(usize, usize, String)> {
    let b = lower.as_bytes();
    let mut out = Vec::new();
    // Bytes, not `str` slices: `j` may stop inside a character after a separator.
    let word_at = |i: usize, w: &str| {
        b[i..].starts_with(w.as_bytes())
            && !(i > 0 && b[i - 1].is_ascii_alphanumeric())
            && !b.get(i + w.len()).is_some_and(u8::is_ascii_alphanumeric)
    };
    let skip = |j: &mut usize| {
        while *j < b.len()
            && matches!(
                b[*j],
                b' ' | b':' | b'#' | b'.' | b'-' | b'\t' | b',' | b'='
            )
        {
            *j += 1;
        }
    };
    // Past separators and at most one of `words`; true when a word was passed.
    let skip_word = |j: &mut usize, words: &[&str]| {
        skip(j);
        for w in words {
            if word_at(*j, w) {
                *j += w.len();
                skip(j);
                return true;
            }
        }
        false
    };
    // A run of `lo..=hi` ASCII digits at `j` that is a whole token: its end.
    let digits_at = |j: usize, lo: usize, hi: usize| {
        let n = b[j..].iter().take_while(|c| c.is_ascii_digit()).count();
        let whole = !b.get(j + n).is_some_and(u8::is_ascii_alphanumeric);
        ((lo..=hi).contains(&n) && whole).then_some(j + n)
    };
    // The cues where they are words, in order ("pay bill" and "paybill" end in "bill", never
    // in "till", so the three never overlap).
    let mut cues: Vec<(usize, usize, bool)> = ["paybill", "pay bill", "till"]
        .iter()
        .flat_map(|w| {
            memchr::memmem::find_iter(b, w)
                .filter(|&i| word_at(i, w))
                .map(|i| (i, w.len(), w.starts_with("pay")))
        })
        .collect();
    cues.sort_unstable();
    // Where the last payment read ends: a cue inside it (an account "till…") is none.
    let mut next = 0;
    for (start, cue_len, paybill) in cues {
        if start < next {
            continue;
        }
        let mut j = start + cue_len;
        let numbered = skip_word(&mut j, &["number", "no", "nbr", "num"]);
        if !paybill
            && !numbered
            && !MPESA_CUES
                .iter()
                .any(|c| window_before(lower, start).contains(c))
        {
            continue;
        }
        let Some(end) = digits_at(j, 5, 7) else {
            continue;
        };
        let business = &lower[j..end];
        let mut value = if paybill {
            format!("mpesa:paybill:{business}")
        } else {
            format!("mpesa:till:{business}")
        };
        // The span ends at the business number: an account that is a phone number stays
        // that phone too.
        next = end;
        if paybill {
            // The account: after "account", "acc", "a/c" (and "no"), a token of up to twenty
            // letters and digits.
            let mut k = end;
            if skip_word(&mut k, &["account", "acct", "acc", "a/c", "ac"]) {
                skip_word(&mut k, &["number", "no", "nbr", "num"]);
                let n = b[k..]
                    .iter()
                    .take_while(|c| c.is_ascii_alphanumeric())
                    .count();
                if (1..=20).contains(&n) {
                    value.push(':');
                    value.push_str(&lower[k..k + n].to_ascii_uppercase());
                    next = k + n;
                }
            }
        }
        out.push((start, end, value));
    }
    out
}

/// ISO 13616's check: the first four characters moved to the end, letters as 10..35, the whole
/// number modulo 97 is 1.
fn iban_checks(chars: &[u8]) -> bool {
    let mut r: u32 = 0;
    for &c in chars[4..].iter().chain(&chars[..4]) {
        let v = match c {
            b'0'..=b'9' => u32::from(c - b'0'),
            b'A'..=b'Z' => u32::from(c - b'A') + 10,
            _ => return false,
        };
        r = if v >= 10 {
            (r * 100 + v) % 97
        } else {
            (r * 10 + v) % 97
        };
    }
    // Check digits of 00, 01 and 99 are never issued.
    r == 1 && !matches!(&chars[2..4], b"00" | b"01" | b"99")
}

/// The IBAN length of a country (SWIFT's IBAN registry).
fn iban_length(country: [u8; 2]) -> Option<usize> {
    Some(match &country {
        b"NO" => 15,
        b"BE" => 16,
        b"DK" | b"FI" | b"FO" | b"GL" | b"NL" => 18,
        b"MK" | b"SI" => 19,
        b"AT" | b"BA" | b"EE" | b"KZ" | b"LT" | b"LU" | b"XK" => 20,
        b"CH" | b"HR" | b"LI" | b"LV" => 21,
        b"BG" | b"BH" | b"CR" | b"DE" | b"GB" | b"GE" | b"IE" | b"ME" | b"RS" | b"VA" => 22,
        b"AE" | b"GI" | b"IL" | b"IQ" | b"TL" => 23,
        b"AD" | b"CZ" | b"ES" | b"MD" | b"PK" | b"RO" | b"SA" | b"SE" | b"SK" | b"TN" | b"VG" => 24,
        b"PT" | b"ST" => 25,
        b"IS" | b"TR" => 26,
        b"FR" | b"GR" | b"IT" | b"MC" | b"MR" | b"SM" => 27,
        b"AL" | b"AZ" | b"BY" | b"CY" | b"DO" | b"GT" | b"HU" | b"LB" | b"PL" | b"SV" => 28,
        b"BR" | b"EG" | b"PS" | b"QA" | b"UA" => 29,
        b"JO" | b"KW" | b"MU" => 30,
        b"MT" | b"SC" => 31,
        b"LC" => 32,
        _ => return None,
    })
}

fn push(
    ft: &FieldText<'_>,
    sink: &mut Sink,
    platform: Platform,
    value: String,
    s: usize,
    e: usize,
) {
    let (start, end) = ft.orig(s, e);
    let group = sink.group();
    sink.push(Cand {
        kind: SelectorKind::Payment,
        platform: Some(platform),
        value,
        start,
        end,
        group,
        rank: RANK_PAYMENT,
    });
}

#[cfg(test)]
mod tests {
    use crate::testutil::{selectors, values_of};
    use crate::{FieldText, PhoneHit, Sink};
    use plainsight_core::SelectorKind::*;

    fn found(text: &str, region: &str) -> (Vec<String>, Vec<String>) {
        let all = crate::Extractor::default().extract_field(
            plainsight_core::Field::Body,
            text,
            region.parse().ok(),
        );
        let of = |kind| {
            all.iter()
                .filter(|s| s.kind == kind)
                .map(|s| s.reveal_value().to_string())
                .collect::<Vec<_>>()
        };
        (of(Payment), of(Phone))
    }

    #[test]
    fn a_mobile_wallet_is_paid_to_its_phone() {
        let (pay, phones) = found("Pay 3000 php via GCash 0978 234 1421 (Mia)", "PH");
        assert_eq!(pay, vec!["gcash:+639782341421"]);
        assert_eq!(
            phones,
            vec!["+639782341421"],
            "the number stays a phone too"
        );
        let (pay, _) = found("โอนมัดจำ 1000 บาท ที่ PromptPay 082 999 5626 แล้วส่งสลิป", "TH");
        assert_eq!(pay, vec!["promptpay:+66829995626"]);
        let (pay, _) = found("มัดจำ 500 บาท โอนเข้า TrueMoney Wallet 087 993 1061", "TH");
        assert_eq!(pay, vec!["truemoney:+66879931061"]);
        let (pay, _) = found("มัดจำก่อน พร้อมเพย์ 0829995626 ค่ะ", "TH");
        assert_eq!(pay, vec!["promptpay:+66829995626"]);
        let (pay, _) = found("定金150 RM转到Touch 'n Go 018-139 1537 (Lily)", "MY");
        assert_eq!(pay, vec!["tng:+60181391537"]);
        let (pay, _) = found("Lipa kwanza: M-Pesa no. 0712 345 678", "KE");
        assert_eq!(pay, vec!["mpesa:+254712345678"]);
    }

    #[test]
    fn wallets_of_africa_south_asia_and_latin_america() {
        let (pay, _) = found(
            "Envía el depósito por Nequi 300 123 4567 y manda el comprobante",
            "CO",
        );
        assert_eq!(pay, vec!["nequi:+573001234567"]);
        let (pay, _) = found("Pago Móvil: 0414-1234567 C.I. V-12345678 Banesco", "VE");
        assert_eq!(pay, vec!["pagomovil:+584141234567"]);
        let (pay, _) = found("Yapea primero: Yape 987 654 321", "PE");
        assert_eq!(pay, vec!["yape:+51987654321"]);
        let (pay, _) = found("Send the fee via Vodafone Cash 020 123 4567", "GH");
        assert_eq!(pay, vec!["vodafonecash:+233201234567"]);
        let (pay, _) = found("Pay processing charge on eSewa 9841234567", "NP");
        assert_eq!(pay, vec!["esewa:+9779841234567"]);
        // "Pix" is also pictures: a Brazilian key needs a word for paying.
        let (pay, _) = found("Mais pix 11 98765-4321", "BR");
        assert!(pay.is_empty(), "{pay:?}");
        let (pay, _) = found("Chave pix: 11 98765-4321", "BR");
        assert_eq!(pay, vec!["pix:+5511987654321"]);
    }

    #[test]
    fn mpesa_tills_and_paybills_are_no_phones() {
        let (pay, phones) = found(
            "Booking fee 1500 bob. Lipa na M-Pesa Till No. 512345 then call",
            "KE",
        );
        assert_eq!(pay, vec!["mpesa:till:512345"]);
        assert!(phones.is_empty(), "{phones:?}");
        let (pay, _) = found("Buy goods till 5123456", "KE");
        assert_eq!(pay, vec!["mpesa:till:5123456"]);
        let (pay, _) = found("Till number: 88123", "KE");
        assert_eq!(pay, vec!["mpesa:till:88123"]);
        let (pay, _) = found("PAYBILL 247247 ACC NO 0712345678 (Equity)", "KE");
        assert_eq!(pay, vec!["mpesa:paybill:247247:0712345678"]);
        let (pay, _) = found("pay bill no. 522522, account: anna", "KE");
        assert_eq!(pay, vec!["mpesa:paybill:522522:ANNA"]);
        // Text in other scripts around the words (every byte is tried).
        let (pay, _) = found("Malipo: Lipa na M-Pesa — Till No. 512345 — шлю 🙏", "KE");
        assert_eq!(pay, vec!["mpesa:till:512345"]);
        for text in [
            "Open till 10pm, call 0712 345 678",
            "Até 🙏 já — заплатите",
            "Offer valid till 311225 only",
            "available till 123456 customers are served",
        ] {
            let (pay, _) = found(text, "KE");
            assert!(pay.is_empty(), "{text}: {pay:?}");
        }
    }

    #[test]
    fn a_wallet_that_is_also_a_name_needs_a_word_for_paying() {
        let (pay, phones) = found("Call Maya 0917 123 4567 tonight", "PH");
        assert!(pay.is_empty(), "{pay:?}");
        assert_eq!(phones, vec!["+639171234567"]);
        let (pay, _) = found("Deposit 2000 php to Maya 0917 123 4567 first", "PH");
        assert_eq!(pay, vec!["maya:+639171234567"]);
        let (pay, _) = found("Dana 0857 4985 3012 cantik", "ID");
        assert!(pay.is_empty(), "{pay:?}");
        let (pay, _) = found("Bayar DP dulu ke DANA 0857 4985 3012", "ID");
        assert_eq!(pay, vec!["dana:+6285749853012"]);
    }

    #[test]
    fn a_wallet_name_inside_a_word_or_far_from_the_number_is_none() {
        let (pay, _) = found("Starting 0917 123 4567", "PH");
        assert!(pay.is_empty(), "{pay:?}");
        let (pay, _) = found("GCash accepted. Call me on 0917 123 4567", "PH");
        assert!(pay.is_empty(), "{pay:?}");
    }

    #[test]
    fn ibans_with_their_check_digits() {
        assert_eq!(
            values_of(
                "Deposit first: IBAN PL61 1090 1014 0000 0712 1981 2874 (Anna)",
                Payment
            ),
            vec!["iban:PL61109010140000071219812874"]
        );
        assert_eq!(
            values_of("transfer to GB82WEST12345698765432 before", Payment),
            vec!["iban:GB82WEST12345698765432"]
        );
        assert_eq!(
            values_of("iban: fr14 2004 1010 0505 0001 3m02 606.", Payment),
            vec!["iban:FR1420041010050500013M02606"]
        );
        for text in [
            // One digit off, the check fails.
            "IBAN GB82 WEST 1234 5698 7654 33",
            // One character short of Germany's 22.
            "DE89 3704 0044 0532 0130 0",
            // Glued to a longer token, and a country without IBANs.
            "XDE89370400440532013000",
            "US12 3456 7890 1234",
        ] {
            assert!(values_of(text, Payment).is_empty(), "{text}");
        }
        // Its digits are no phone number.
        assert!(values_of("IBAN: RO49 AAAA 1B31 0075 9384 0000", Phone).is_empty());
        assert_eq!(
            values_of("IBAN: RO49 AAAA 1B31 0075 9384 0000", Payment),
            vec!["iban:RO49AAAA1B31007593840000"]
        );
    }

    #[test]
    fn account_numbers_after_a_banks_name() {
        assert_eq!(
            values_of("Cọc 600 k vào Techcombank 244-4-53180-5 Trang", Payment),
            vec!["bank:techcombank:2444531805"]
        );
        assert_eq!(
            values_of("โอนมัดจำ 1500 บาท ที่ กสิกร 4091281093 Nong May", Payment),
            vec!["bank:kbank:4091281093"]
        );
        assert_eq!(
            values_of("Transfer DP 400 rb: BRI 538-9-99465-80 Ayu", Payment),
            vec!["bank:bri:53899946580"]
        );
        assert_eq!(
            values_of("Предоплата 2000 ₽ на Сбер 921878885061 Света", Payment),
            vec!["bank:sberbank:921878885061"]
        );
        assert_eq!(
            values_of("先付1000 元：中國信託 251-3-38134-016 琪琪", Payment),
            vec!["bank:ctbc:251338134016"]
        );
        assert_eq!(
            values_of("Vietcombank STK: 0123 456 789", Payment),
            vec!["bank:vietcombank:0123456789"]
        );
        assert_eq!(
            values_of(
                "Pay the medical fee to GTBank 0123456789 (Bright Ventures)",
                Payment
            ),
            vec!["bank:gtbank:0123456789"]
        );
        assert_eq!(
            values_of(
                "Deposita en Bancolombia 123-456789-01 a nombre de Ana",
                Payment
            ),
            vec!["bank:bancolombia:12345678901"]
        );
        assert_eq!(
            values_of("Deposite na Caixa Econômica 0001 2345 6789", Payment),
            vec!["bank:caixa:000123456789"]
        );
        // Its digits are no phone number.
        assert!(values_of("Cọc vào Techcombank 244-4-53180-5", Phone).is_empty());
        for text in [
            // Too short for an account, inside a word, and no number after the name.
            "BCA 12345",
            "abcabc 1234567890",
            "Maybank transfer only, call 012-345 6789",
        ] {
            assert!(values_of(text, Payment).is_empty(), "{text}");
        }
    }

    #[test]
    fn cashtags_not_prices() {
        assert_eq!(
            values_of("cashapp $Lily22 only", Payment),
            vec!["cashapp:$lily22"]
        );
        assert_eq!(
            values_of("pay $lily_xo first", Payment),
            vec!["cashapp:$lily_xo"]
        );
        assert_eq!(
            values_of("Cash App: lilyxo", Payment),
            vec!["cashapp:$lilyxo"]
        );
        for text in [
            "$200 hh",
            "$150/hr",
            "$300 roses",
            "$80qv",
            "$hh 120",
            "US$ 50",
            "a$b",
        ] {
            assert!(values_of(text, Payment).is_empty(), "{text}");
        }
    }

    #[test]
    fn venmo() {
        assert_eq!(
            values_of("venmo @Lily-Rose22", Payment),
            vec!["venmo:lily-rose22"]
        );
        assert_eq!(
            values_of("Venmo: lilyrose", Payment),
            vec!["venmo:lilyrose"]
        );
        assert!(values_of("venmo only", Payment).is_empty());
        assert!(values_of("venmo accepted", Payment).is_empty());
    }

    #[test]
    fn zelle_and_paypal_to_an_email() {
        let s = selectors("zelle: lily22@gmail.com");
        let kinds: Vec<_> = s
            .iter()
            .map(|s| (s.kind, s.reveal_value().to_string()))
            .collect();
        assert!(
            kinds.contains(&(Payment, "zelle:lily22@gmail.com".into())),
            "{kinds:?}"
        );
        assert!(
            kinds.contains(&(Email, "lily22@gmail.com".into())),
            "{kinds:?}"
        );
        assert_eq!(
            values_of("PayPal - lily22@gmail.com", Payment),
            vec!["paypal:lily22@gmail.com"]
        );
    }

    #[test]
    fn zelle_to_a_phone_found_by_the_phone_stage() {
        // The phone stage's spans are given here, so this test does not depend on its state.
        let raw = "Zelle 713-555-0123 ok";
        let ft = FieldText::new(raw, "US".parse().ok());
        let mut sink = Sink::default();
        let group = sink.group();
        let phones = vec![PhoneHit {
            e164: "+17135550123".into(),
            start: 6,
            end: 18,
            group,
        }];
        super::find(&ft, &mut sink, &phones, &[]);
        let c = &sink.cands[0];
        assert_eq!(c.value, "zelle:+17135550123");
        assert_eq!((c.start, c.end, c.group), (0, 18, group));
    }
}
