use serde::{Deserialize, Serialize};
use std::fmt;

/// The text field of a post that a span points into.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Field {
    Title,
    Body,
}

impl Field {
    pub const ALL: [Field; 2] = [Field::Title, Field::Body];

    pub fn as_str(self) -> &'static str {
        match self {
            Field::Title => "title",
            Field::Body => "body",
        }
    }

    /// The field named `name` ([`Field::as_str`], as serialized); `None` for another name.
    pub fn from_name(name: &str) -> Option<Field> {
        Field::ALL.into_iter().find(|f| f.as_str() == name)
    }
}

impl fmt::Display for Field {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// What a selector is. More kinds may be added; the serialized names are part of the contract.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SelectorKind {
    Phone,
    Email,
    Url,
    Handle,
    Crypto,
    Payment,
    /// The poster's account on the platform a post was taken from: the record's `author`,
    /// with the site's host (`listhub.example/u1234567`). Never extracted from text; the
    /// linker links on it (`Post::account`, `plainsight_link::features::account_key`).
    Account,
    /// A licence or registration number an agency advertises under ("Lic. No: RL-1234/PESH",
    /// "OEP Licence No. 1234/LHR"): its serial and the part after it (office or year), upper
    /// case, joined by `/` (`1234/PESH`), however it was written.
    Licence,
}

impl SelectorKind {
    pub fn as_str(self) -> &'static str {
        match self {
            SelectorKind::Phone => "phone",
            SelectorKind::Email => "email",
            SelectorKind::Url => "url",
            SelectorKind::Handle => "handle",
            SelectorKind::Crypto => "crypto",
            SelectorKind::Payment => "payment",
            SelectorKind::Account => "account",
            SelectorKind::Licence => "licence",
        }
    }
}

impl fmt::Display for SelectorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The platform a handle (or a crypto address's chain) belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Platform {
    Instagram,
    Snapchat,
    Telegram,
    Whatsapp,
    Kik,
    Twitter,
    Onlyfans,
    Tiktok,
    Facebook,
    Wechat,
    Line,
    Signal,
    Fansly,
    Vk,
    /// A YouTube channel (`youtube.com/@name`, "YouTube: name").
    Youtube,
    /// A Reddit account (`reddit.com/u/name`, "Reddit: u/name").
    Reddit,
    Bitcoin,
    Ethereum,
    Cashapp,
    Venmo,
    Paypal,
    Zelle,
    /// KakaoTalk, Korea's messaging app.
    Kakao,
    /// A bank account by its IBAN (a payment selector: `iban:PL61109010140000071219812874`).
    Iban,
    /// A bank account by its bank and number (`bank:kbank:4091281093`).
    Bank,
    /// A mobile wallet paid to a phone number (`gcash:+639782341421`).
    Wallet,
}

impl Platform {
    pub fn as_str(self) -> &'static str {
        match self {
            Platform::Instagram => "instagram",
            Platform::Snapchat => "snapchat",
            Platform::Telegram => "telegram",
            Platform::Whatsapp => "whatsapp",
            Platform::Kik => "kik",
            Platform::Twitter => "twitter",
            Platform::Onlyfans => "onlyfans",
            Platform::Tiktok => "tiktok",
            Platform::Facebook => "facebook",
            Platform::Wechat => "wechat",
            Platform::Line => "line",
            Platform::Signal => "signal",
            Platform::Fansly => "fansly",
            Platform::Vk => "vk",
            Platform::Youtube => "youtube",
            Platform::Reddit => "reddit",
            Platform::Bitcoin => "bitcoin",
            Platform::Ethereum => "ethereum",
            Platform::Cashapp => "cashapp",
            Platform::Venmo => "venmo",
            Platform::Paypal => "paypal",
            Platform::Zelle => "zelle",
            Platform::Kakao => "kakao",
            Platform::Iban => "iban",
            Platform::Bank => "bank",
            Platform::Wallet => "wallet",
        }
    }
}

/// A contact selector found in a post: its kind, its normalized value, and the evidence (the
/// field, the byte span into that field of the input record, and the raw text of that span).
///
/// Equality and hashing are on the normal form (kind, platform, value), never on the evidence,
/// so that the same phone written two ways is one selector. `Debug`/`Display` mask the value and
/// never show the raw text; serializing (the contract's output) is the explicit reveal.
#[derive(Clone, Serialize, Deserialize)]
pub struct Selector {
    pub kind: SelectorKind,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub platform: Option<Platform>,
    pub value: String,
    pub field: Field,
    pub start: usize,
    pub end: usize,
    pub raw: String,
    /// For phones: where the region the number was read in came from (`CONTRACT.md`, "Phones:
    /// where the region came from"). `None` for other kinds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region_source: Option<RegionSource>,
}

/// Where the region a phone number was read in came from, strongest evidence first: the post's
/// `region`, its `location`, a place named in its title or body, its URL or site, a country
/// calling code (the number's own, or another number's in the same post), the number's format
/// (valid in only one plausible region), or `--default-region`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RegionSource {
    Record,
    Location,
    Text,
    Url,
    CallingCode,
    Format,
    Default,
}

impl RegionSource {
    pub fn as_str(self) -> &'static str {
        match self {
            RegionSource::Record => "record",
            RegionSource::Location => "location",
            RegionSource::Text => "text",
            RegionSource::Url => "url",
            RegionSource::CallingCode => "calling_code",
            RegionSource::Format => "format",
            RegionSource::Default => "default",
        }
    }
}

impl Selector {
    pub fn new(
        kind: SelectorKind,
        value: impl Into<String>,
        field: Field,
        start: usize,
        end: usize,
        raw: impl Into<String>,
    ) -> Self {
        Selector {
            kind,
            platform: None,
            value: value.into(),
            field,
            start,
            end,
            raw: raw.into(),
            region_source: None,
        }
    }

    /// Sets where a phone's region came from.
    pub fn with_region_source(mut self, source: RegionSource) -> Self {
        self.region_source = Some(source);
        self
    }

    pub fn with_platform(mut self, platform: Platform) -> Self {
        self.platform = Some(platform);
        self
    }

    /// The normalized value, unmasked. Greppable on purpose: every caller is a place where a
    /// selector leaves the engine.
    pub fn reveal_value(&self) -> &str {
        &self.value
    }

    /// A key that identifies the selector across posts (kind, platform, normalized value).
    pub fn key(&self) -> (SelectorKind, Option<Platform>, &str) {
        (self.kind, self.platform, &self.value)
    }
}

impl PartialEq for Selector {
    fn eq(&self, other: &Self) -> bool {
        self.key() == other.key()
    }
}
impl Eq for Selector {}
impl std::hash::Hash for Selector {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.key().hash(state)
    }
}

/// Masks a selector value for logs and displays: keeps a short prefix and the last character,
/// replaces the rest with `*`. Works on characters, not bytes.
pub fn mask(value: &str) -> String {
    let chars: Vec<char> = value.chars().collect();
    let n = chars.len();
    if n <= 3 {
        return "*".repeat(n);
    }
    let keep_front = (n / 3).min(5);
    let mut out = String::with_capacity(value.len());
    out.extend(&chars[..keep_front]);
    out.extend(std::iter::repeat_n('*', n - keep_front - 1));
    out.push(chars[n - 1]);
    out
}

impl fmt::Display for Selector {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.kind)?;
        if let Some(p) = self.platform {
            write!(f, "/{}", p.as_str())?;
        }
        write!(
            f,
            " {} {}[{}..{}]",
            mask(&self.value),
            self.field,
            self.start,
            self.end
        )
    }
}

impl fmt::Debug for Selector {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Selector({self})")
    }
}

/// One indicator that fired on a post, with its evidence span and its weight in the post's risk.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct IndicatorHit {
    pub code: String,
    pub name: String,
    pub field: Field,
    pub start: usize,
    pub end: usize,
    pub weight: f64,
}

/// A 256-bit PDQ perceptual hash. Hex form is 64 characters, most significant bit first, as in
/// Meta's reference implementation.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct PdqHash(pub [u64; 4]);

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("not a PDQ hash (need 64 hex characters)")]
pub struct PdqParseError;

impl PdqHash {
    pub fn from_hex(s: &str) -> Result<Self, PdqParseError> {
        let s = s.trim();
        if s.len() != 64 || !s.is_ascii() {
            return Err(PdqParseError);
        }
        let mut words = [0u64; 4];
        for (i, w) in words.iter_mut().enumerate() {
            *w = u64::from_str_radix(&s[i * 16..(i + 1) * 16], 16).map_err(|_| PdqParseError)?;
        }
        Ok(PdqHash(words))
    }

    pub fn to_hex(&self) -> String {
        let mut s = String::with_capacity(64);
        for w in self.0 {
            s.push_str(&format!("{w:016x}"));
        }
        s
    }

    /// Hamming distance in bits.
    #[inline]
    pub fn distance(&self, other: &PdqHash) -> u32 {
        (self.0[0] ^ other.0[0]).count_ones()
            + (self.0[1] ^ other.0[1]).count_ones()
            + (self.0[2] ^ other.0[2]).count_ones()
            + (self.0[3] ^ other.0[3]).count_ones()
    }
}

impl fmt::Display for PdqHash {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_hex())
    }
}
impl fmt::Debug for PdqHash {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "PdqHash({})", self.to_hex())
    }
}
impl Serialize for PdqHash {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.to_hex())
    }
}
impl<'de> Deserialize<'de> for PdqHash {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        PdqHash::from_hex(&s).map_err(serde::de::Error::custom)
    }
}

/// A national number found in a post whose region could not be told: valid in each of
/// `regions` (ISO 3166-1 alpha-2, sorted), nothing in the post deciding between them. Not a
/// selector; the `extract` line lists it under `"ambiguous"`. `Debug` never shows `raw`.
#[derive(Clone, PartialEq, Eq, Serialize)]
pub struct Ambiguous {
    pub field: Field,
    pub start: usize,
    pub end: usize,
    pub raw: String,
    pub regions: Vec<String>,
    /// The number it is in each region (E.164, sorted): what the linker looks for among the
    /// numbers other posts give. Not in the `extract` line (the contract lists the regions).
    #[serde(skip)]
    pub readings: Vec<String>,
}

impl fmt::Debug for Ambiguous {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "Ambiguous({}[{}..{}] {:?})",
            self.field, self.start, self.end, self.regions
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn selector_display_is_masked() {
        let s = Selector::new(
            SelectorKind::Email,
            "lily22@gmail.com",
            Field::Body,
            0,
            10,
            "lily22 at gmail dot com",
        );
        let shown = format!("{s} {s:?}");
        assert!(!shown.contains("lily22"), "{shown}");
        assert!(!shown.contains("gmail dot"), "{shown}");
    }

    #[test]
    fn selector_equality_is_on_normal_form() {
        let a = Selector::new(SelectorKind::Phone, "+17135550123", Field::Body, 0, 5, "a");
        let b = Selector::new(
            SelectorKind::Phone,
            "+17135550123",
            Field::Title,
            9,
            30,
            "b",
        );
        assert_eq!(a, b);
    }

    #[test]
    fn pdq_hex_round_trip_and_distance() {
        let h = "f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b22";
        let p = PdqHash::from_hex(h).unwrap();
        assert_eq!(p.to_hex(), h);
        let q = PdqHash::from_hex(&h.replace("f8f8", "f8f9")).unwrap();
        assert_eq!(p.distance(&q), 1);
        assert!(PdqHash::from_hex("xyz").is_err());
        assert!(PdqHash::from_hex(&"é".repeat(32)).is_err());
    }

    #[test]
    fn mask_keeps_little() {
        assert_eq!(mask("+17135550123"), "+171*******3");
        assert_eq!(mask("ab"), "**");
    }
}
