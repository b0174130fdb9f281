//! Base58 and Base58Check as Bitcoin defines them (alphabet without `0`, `O`, `I`, `l`; leading
//! `1`s are leading zero bytes; the check is the first 4 bytes of SHA-256(SHA-256(payload))).
//! See: Bitcoin Core `src/base58.cpp` and the Bitcoin wiki "Base58Check encoding".

use crate::CryptoError;
use sha2::{Digest, Sha256};

const ALPHABET: &[u8; 58] = b"123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

/// Longest base58 string we decode. Addresses are at most 35 characters and WIF keys 52; the
/// bound keeps the quadratic decoder cheap on hostile input.
pub const MAX_BASE58_LEN: usize = 128;

/// The value of a base58 digit, or `None` for a character outside the alphabet.
const fn digit_table() -> [u8; 128] {
    let mut t = [0xffu8; 128];
    let mut i = 0;
    while i < 58 {
        t[ALPHABET[i] as usize] = i as u8;
        i += 1;
    }
    t
}
static DIGITS: [u8; 128] = digit_table();

/// True if `b` is a base58 alphabet character.
pub fn is_base58_char(b: u8) -> bool {
    b < 128 && DIGITS[b as usize] != 0xff
}

/// Decodes base58 text into bytes.
pub fn decode(s: &str) -> Result<Vec<u8>, CryptoError> {
    let bytes = s.as_bytes();
    if bytes.len() > MAX_BASE58_LEN {
        return Err(CryptoError::TooLong {
            len: bytes.len(),
            max: MAX_BASE58_LEN,
        });
    }
    let zeros = bytes.iter().take_while(|&&b| b == b'1').count();
    // Big-endian base-256 accumulator; each input digit multiplies by 58 and adds.
    let mut acc: Vec<u8> = Vec::with_capacity(bytes.len());
    for (pos, &b) in bytes.iter().enumerate() {
        let d = if b < 128 { DIGITS[b as usize] } else { 0xff };
        if d == 0xff {
            return Err(CryptoError::BadCharacter { pos });
        }
        let mut carry = u32::from(d);
        for byte in acc.iter_mut().rev() {
            carry += u32::from(*byte) * 58;
            *byte = (carry & 0xff) as u8;
            carry >>= 8;
        }
        while carry > 0 {
            acc.insert(0, (carry & 0xff) as u8);
            carry >>= 8;
        }
    }
    let mut out = vec![0u8; zeros];
    out.extend(acc.iter().skip_while(|&&b| b == 0));
    Ok(out)
}

/// Encodes bytes as base58 text.
pub fn encode(data: &[u8]) -> String {
    let zeros = data.iter().take_while(|&&b| b == 0).count();
    // Little-endian base-58 digits.
    let mut digits: Vec<u8> = Vec::with_capacity(data.len() * 138 / 100 + 1);
    for &byte in &data[zeros..] {
        let mut carry = u32::from(byte);
        for d in digits.iter_mut() {
            carry += u32::from(*d) << 8;
            *d = (carry % 58) as u8;
            carry /= 58;
        }
        while carry > 0 {
            digits.push((carry % 58) as u8);
            carry /= 58;
        }
    }
    let mut s = String::with_capacity(zeros + digits.len());
    s.extend(std::iter::repeat_n('1', zeros));
    s.extend(digits.iter().rev().map(|&d| ALPHABET[d as usize] as char));
    s
}

fn checksum(payload: &[u8]) -> [u8; 4] {
    let h = Sha256::digest(Sha256::digest(payload));
    [h[0], h[1], h[2], h[3]]
}

/// Decodes Base58Check text and verifies its 4-byte checksum; returns the payload (version
/// byte(s) included).
pub fn decode_check(s: &str) -> Result<Vec<u8>, CryptoError> {
    let mut raw = decode(s)?;
    if raw.len() < 5 {
        return Err(CryptoError::TooShort { len: raw.len() });
    }
    let split = raw.len() - 4;
    if checksum(&raw[..split]) != raw[split..] {
        return Err(CryptoError::BadChecksum);
    }
    raw.truncate(split);
    Ok(raw)
}

/// Encodes a payload as Base58Check.
pub fn encode_check(payload: &[u8]) -> String {
    let mut v = payload.to_vec();
    v.extend_from_slice(&checksum(payload));
    encode(&v)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_and_leading_zeros() {
        for data in [&[][..], &[0], &[0, 0, 1], &[0xff; 25], b"hello world"] {
            assert_eq!(decode(&encode(data)).unwrap(), data);
        }
        assert_eq!(encode(&[0, 0, 0]), "111");
        assert_eq!(encode(&[0x61]), "2g");
    }

    #[test]
    fn rejects_bad_characters_and_length() {
        assert!(matches!(
            decode("1O1"),
            Err(CryptoError::BadCharacter { pos: 1 })
        ));
        assert!(matches!(
            decode("é"),
            Err(CryptoError::BadCharacter { pos: 0 })
        ));
        assert!(decode(&"2".repeat(MAX_BASE58_LEN + 1)).is_err());
    }

    #[test]
    fn check_detects_a_changed_character() {
        let s = encode_check(&[0u8; 21]);
        assert_eq!(decode_check(&s).unwrap(), vec![0u8; 21]);
        let mut bad = s.into_bytes();
        let last = bad.len() - 1;
        bad[last] = if bad[last] == b'2' { b'3' } else { b'2' };
        let bad = String::from_utf8(bad).unwrap();
        assert!(matches!(decode_check(&bad), Err(CryptoError::BadChecksum)));
    }
}
