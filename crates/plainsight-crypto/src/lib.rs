//! Cryptocurrency addresses, recognised only when their checksum verifies.
//!
//! Place in the pipeline: a pure algorithm crate under `plainsight-extract`, which asks it
//! whether a token of a post is a payment address. It takes text and gives back [`Address`]es
//! (chain, network, kind) or a typed [`CryptoError`] saying why not; [`find_addresses`] scans a
//! whole text for checksum-valid addresses with their byte spans.
//!
//! What is accepted, deliberately:
//! - **Base58Check** (Bitcoin Core `base58.cpp`) with a 21-byte payload whose version byte names
//!   a known address type: Bitcoin P2PKH/P2SH on mainnet (0, 5) and testnet (111, 196); Litecoin
//!   (48, 50), Dogecoin (30, 22), Dash (76, 16) and Tron (65). Any other version byte is refused
//!   even when the checksum verifies: the Bitcoin Core `base58_keys_invalid` vectors are exactly
//!   such strings. WIF private keys (version 128/239, a 32-byte key, plus a `01` byte when
//!   compressed) are accepted too, as [`AddressKind::PrivateKey`]: a key posted in an ad controls
//!   a wallet just as an address names one, and its checksum verifies the same way.
//! - **Segwit** Bech32/Bech32m (BIP-173, BIP-350) under the hrps `bc`, `tb`, `bcrt` (Bitcoin)
//!   and `ltc`, `tltc` (Litecoin): v0 must be Bech32 with a 20/32-byte program, v1–16 Bech32m with
//!   2–40 bytes. A v1 32-byte (Taproot) program must also be a secp256k1 x coordinate (BIP-341),
//!   as bitcoinjs-lib requires, since no key can spend it otherwise.
//! - **Ethereum**: `0x` and 40 hex digits. All-lower or all-upper hex carries no checksum and is
//!   accepted as unchecksummed (EIP-55 lists both as valid); mixed case must match the EIP-55
//!   checksum exactly, otherwise it is refused (a mistyped address).
//!
//! ```
//! use plainsight_crypto::{validate_address, Chain};
//! let a = validate_address("1BgGZ9tcN4rm9KBzDn7KprQz87SZ26SAMH").unwrap();
//! assert_eq!(a.chain, Chain::Bitcoin);
//! assert!(validate_address("1BgGZ9tcN4rm9KBzDn7KprQz87SZ26SAMh").is_err());
//! ```

pub mod base58;
pub mod bech32;
mod secp;

use plainsight_core::Platform;
use sha3::{Digest, Keccak256};

pub use secp::is_valid_x_only_key;

/// Why a string is not an address we accept.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CryptoError {
    #[error("too long: {len} bytes, at most {max}")]
    TooLong { len: usize, max: usize },
    #[error("too short: {len} bytes after decoding")]
    TooShort { len: usize },
    #[error("character at byte {pos} is outside the alphabet")]
    BadCharacter { pos: usize },
    #[error("checksum does not verify")]
    BadChecksum,
    #[error("mixes upper and lower case")]
    MixedCase,
    #[error("malformed: {0}")]
    Malformed(&'static str),
    #[error("witness version {version} uses the wrong checksum variant")]
    WrongVariant { version: u8 },
    #[error("witness version {version} cannot have a {len}-byte program")]
    ProgramLength { version: u8, len: usize },
    #[error("unknown human-readable part {0:?}")]
    UnknownHrp(String),
    #[error("unknown base58check version byte {version} for a {len}-byte payload")]
    UnknownVersion { version: u8, len: usize },
    #[error("not an address: {0}")]
    NotAnAddress(&'static str),
    #[error("taproot output key is not a secp256k1 x coordinate")]
    InvalidTaprootKey,
    #[error("mixed-case Ethereum address fails its EIP-55 checksum")]
    Eip55Mismatch,
}

/// The chain an address belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Chain {
    Bitcoin,
    Litecoin,
    Dogecoin,
    Dash,
    Tron,
    Ethereum,
}

impl Chain {
    pub fn as_str(self) -> &'static str {
        match self {
            Chain::Bitcoin => "bitcoin",
            Chain::Litecoin => "litecoin",
            Chain::Dogecoin => "dogecoin",
            Chain::Dash => "dash",
            Chain::Tron => "tron",
            Chain::Ethereum => "ethereum",
        }
    }

    /// The core [`Platform`] for this chain, where core has one (Bitcoin, Ethereum).
    pub fn platform(self) -> Option<Platform> {
        match self {
            Chain::Bitcoin => Some(Platform::Bitcoin),
            Chain::Ethereum => Some(Platform::Ethereum),
            _ => None,
        }
    }
}

/// Main or test network.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Network {
    Mainnet,
    Testnet,
    Regtest,
}

/// The form of an address.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum AddressKind {
    /// Pay to public-key hash (base58check).
    P2pkh,
    /// Pay to script hash (base58check).
    P2sh,
    /// Segregated witness output (Bech32/Bech32m).
    Witness { version: u8, program_len: u8 },
    /// An Ethereum account; `checksummed` is false for all-lower/all-upper hex.
    Account { checksummed: bool },
    /// A Wallet Import Format private key (base58check, version 128 mainnet / 239 testnet).
    PrivateKey { compressed: bool },
}

/// A checksum-valid address.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Address {
    pub chain: Chain,
    pub network: Network,
    pub kind: AddressKind,
}

/// Base58check version bytes of 21-byte address payloads we accept.
fn base58_version(version: u8) -> Option<(Chain, Network, AddressKind)> {
    use AddressKind::{P2pkh, P2sh};
    use Chain::*;
    use Network::*;
    Some(match version {
        0 => (Bitcoin, Mainnet, P2pkh),
        5 => (Bitcoin, Mainnet, P2sh),
        111 => (Bitcoin, Testnet, P2pkh),
        196 => (Bitcoin, Testnet, P2sh),
        48 => (Litecoin, Mainnet, P2pkh),
        50 => (Litecoin, Mainnet, P2sh),
        30 => (Dogecoin, Mainnet, P2pkh),
        22 => (Dogecoin, Mainnet, P2sh),
        76 => (Dash, Mainnet, P2pkh),
        16 => (Dash, Mainnet, P2sh),
        65 => (Tron, Mainnet, P2pkh),
        _ => return None,
    })
}

/// Validates a Base58Check address (see the crate docs for the accepted version bytes).
pub fn validate_base58_address(s: &str) -> Result<Address, CryptoError> {
    // Addresses with a 21-byte payload are 25 to 35 characters (34 for most); WIF keys 51–52.
    if s.len() > 60 {
        return Err(CryptoError::TooLong {
            len: s.len(),
            max: 60,
        });
    }
    // Checked before decoding: the base58 decode is a bignum division, and `find_addresses`
    // asks about every long word of every post.
    if !(25..=35).contains(&s.len()) && !(50..=53).contains(&s.len()) {
        return Err(CryptoError::Malformed(
            "not the length of a base58 address or key",
        ));
    }
    let payload = base58::decode_check(s)?;
    if payload.len() != 21 {
        return classify_non_address(&payload);
    }
    let (chain, network, kind) = base58_version(payload[0]).ok_or(CryptoError::UnknownVersion {
        version: payload[0],
        len: payload.len(),
    })?;
    Ok(Address {
        chain,
        network,
        kind,
    })
}

/// Payloads that are not 21 bytes: WIF private keys are accepted, anything else is refused.
fn classify_non_address(payload: &[u8]) -> Result<Address, CryptoError> {
    let network = match payload.first() {
        Some(0x80) => Network::Mainnet,
        Some(0xef) => Network::Testnet,
        Some(&v) => {
            return Err(CryptoError::UnknownVersion {
                version: v,
                len: payload.len(),
            })
        }
        None => return Err(CryptoError::TooShort { len: 0 }),
    };
    let compressed = match payload.len() {
        33 => false,
        34 if payload[33] == 1 => true,
        len => {
            return Err(CryptoError::UnknownVersion {
                version: payload[0],
                len,
            })
        }
    };
    Ok(Address {
        chain: Chain::Bitcoin,
        network,
        kind: AddressKind::PrivateKey { compressed },
    })
}

/// Validates a segwit address (see the crate docs for the accepted hrps).
pub fn validate_segwit_address(s: &str) -> Result<Address, CryptoError> {
    let w = bech32::decode_segwit(s)?;
    let (chain, network) = match w.hrp.as_str() {
        "bc" => (Chain::Bitcoin, Network::Mainnet),
        "tb" => (Chain::Bitcoin, Network::Testnet),
        "bcrt" => (Chain::Bitcoin, Network::Regtest),
        "ltc" => (Chain::Litecoin, Network::Mainnet),
        "tltc" => (Chain::Litecoin, Network::Testnet),
        _ => return Err(CryptoError::UnknownHrp(w.hrp)),
    };
    if w.version == 1 {
        if let Ok(key) = <&[u8; 32]>::try_from(w.program.as_slice()) {
            if !secp::is_valid_x_only_key(key) {
                return Err(CryptoError::InvalidTaprootKey);
            }
        }
    }
    Ok(Address {
        chain,
        network,
        kind: AddressKind::Witness {
            version: w.version,
            // 2..=40 bytes, checked by decode_segwit.
            program_len: w.program.len() as u8,
        },
    })
}

/// The EIP-55 mixed-case form of 40 hex digits (either case; `None` if not 40 hex digits).
/// See: EIP-55, "Implementation": upper-case a letter when the matching nibble of
/// Keccak-256(lower-case hex) is ≥ 8.
pub fn eip55_checksum(hex40: &str) -> Option<String> {
    let b = hex40.as_bytes();
    if b.len() != 40 || !b.iter().all(u8::is_ascii_hexdigit) {
        return None;
    }
    let lower = hex40.to_ascii_lowercase();
    let hash = Keccak256::digest(lower.as_bytes());
    Some(
        lower
            .bytes()
            .enumerate()
            .map(|(i, c)| {
                let nibble = (hash[i / 2] >> (if i % 2 == 0 { 4 } else { 0 })) & 0x0f;
                if c.is_ascii_alphabetic() && nibble >= 8 {
                    c.to_ascii_uppercase() as char
                } else {
                    c as char
                }
            })
            .collect(),
    )
}

/// Validates an Ethereum address (`0x` + 40 hex digits; EIP-55 if mixed case).
pub fn validate_eth_address(s: &str) -> Result<Address, CryptoError> {
    let hex = s
        .strip_prefix("0x")
        .ok_or(CryptoError::Malformed("Ethereum address without 0x"))?;
    if hex.len() != 40 {
        return Err(CryptoError::Malformed(
            "Ethereum address is not 40 hex digits",
        ));
    }
    if let Some(pos) = hex.bytes().position(|b| !b.is_ascii_hexdigit()) {
        return Err(CryptoError::BadCharacter { pos: pos + 2 });
    }
    let has_lower = hex.bytes().any(|b| b.is_ascii_lowercase());
    let has_upper = hex.bytes().any(|b| b.is_ascii_uppercase());
    let checksummed = has_lower && has_upper;
    if checksummed && eip55_checksum(hex).as_deref() != Some(hex) {
        return Err(CryptoError::Eip55Mismatch);
    }
    Ok(Address {
        chain: Chain::Ethereum,
        network: Network::Mainnet,
        kind: AddressKind::Account { checksummed },
    })
}

/// Validates any supported address, choosing the format from its shape.
pub fn validate_address(s: &str) -> Result<Address, CryptoError> {
    if s.starts_with("0x") {
        return validate_eth_address(s);
    }
    if looks_like_segwit(s) {
        return validate_segwit_address(s);
    }
    validate_base58_address(s)
}

fn looks_like_segwit(s: &str) -> bool {
    let b = s.as_bytes();
    ["bc1", "tb1", "bcrt1", "ltc1", "tltc1"]
        .iter()
        .any(|p| b.len() > p.len() && b[..p.len()].eq_ignore_ascii_case(p.as_bytes()))
}

/// An address found in a text: its byte span and what it is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AddressMatch {
    pub start: usize,
    pub end: usize,
    pub address: Address,
}

/// Every checksum-valid address in `text`, in order of position. An address is a maximal run of
/// ASCII letters, digits and `_` (so one inside a longer word or identifier is not taken); runs
/// outside 14..=90 bytes are skipped without decoding.
pub fn find_addresses(text: &str) -> Vec<AddressMatch> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if !is_word(b[i]) {
            i += 1;
            continue;
        }
        let start = i;
        while i < b.len() && is_word(b[i]) {
            i += 1;
        }
        let len = i - start;
        if (14..=bech32::MAX_LEN).contains(&len) {
            // The run is ASCII, so these are char boundaries.
            if let Ok(address) = validate_address(&text[start..i]) {
                out.push(AddressMatch {
                    start,
                    end: i,
                    address,
                });
            }
        }
    }
    out
}

fn is_word(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn eip55_examples() {
        let a = "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed";
        assert!(validate_eth_address(a).is_ok());
        assert_eq!(eip55_checksum(&a[2..].to_lowercase()).unwrap(), &a[2..]);
        let bad = "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD";
        assert_eq!(validate_eth_address(bad), Err(CryptoError::Eip55Mismatch));
        assert!(validate_eth_address("0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed").is_ok());
        assert!(validate_eth_address("0x5aaeb6053f3e94c9b9a09f33669435e7ef1beae").is_err());
        assert!(validate_eth_address("0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaeg").is_err());
    }

    #[test]
    fn wif_keys_are_private_keys() {
        let a = validate_address("5Kd3NBUAdUnhyzenEwVLy9pBKxSwXvE9FMPyR4UKZvpe6E3AgLr").unwrap();
        assert_eq!(a.kind, AddressKind::PrivateKey { compressed: false });
        let a = validate_address("Kz6UJmQACJmLtaQj5A3JAge4kVTNQ8gbvXuwbmCj7bsaabudb3RD").unwrap();
        assert_eq!(a.kind, AddressKind::PrivateKey { compressed: true });
        // A flipped character breaks the checksum.
        assert!(validate_address("Kz6UJmQACJmLtaQj5A3JAge4kVTNQ8gbvXuwbmCj7bsaabudb3RE").is_err());
    }

    #[test]
    fn unknown_version_with_good_checksum_is_refused() {
        let s = base58::encode_check(&[89u8; 21]);
        assert!(matches!(
            validate_address(&s),
            Err(CryptoError::UnknownVersion { version: 89, .. })
        ));
    }

    #[test]
    fn find_in_text_respects_word_boundaries() {
        let t = "pay 1BgGZ9tcN4rm9KBzDn7KprQz87SZ26SAMH or x1BgGZ9tcN4rm9KBzDn7KprQz87SZ26SAMH.";
        let m = find_addresses(t);
        assert_eq!(m.len(), 1);
        assert_eq!(
            &t[m[0].start..m[0].end],
            "1BgGZ9tcN4rm9KBzDn7KprQz87SZ26SAMH"
        );
    }

    #[test]
    fn chain_platforms() {
        assert_eq!(Chain::Bitcoin.platform(), Some(Platform::Bitcoin));
        assert_eq!(Chain::Litecoin.platform(), None);
    }
}
