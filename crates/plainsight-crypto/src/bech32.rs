//! Bech32 (BIP-173) and Bech32m (BIP-350) strings, and segregated-witness addresses built on them.
//!
//! A witness version 0 address must use Bech32 and carry a 20- or 32-byte program; versions 1 to
//! 16 must use Bech32m and carry 2 to 40 bytes (BIP-350, "Addresses for segregated witness
//! outputs"). A string is at most 90 characters and never mixes upper and lower case.

use crate::CryptoError;

const CHARSET: &[u8; 32] = b"qpzry9x8gf2tvdw0s3jn54khce6mua7l";
/// BIP-173 limits a Bech32 string to 90 characters.
pub const MAX_LEN: usize = 90;

/// Which checksum constant a string verifies under.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Variant {
    /// BIP-173: the checksum constant is 1.
    Bech32,
    /// BIP-350: the checksum constant is 0x2bc830a3.
    Bech32m,
}

impl Variant {
    fn constant(self) -> u32 {
        match self {
            Variant::Bech32 => 1,
            Variant::Bech32m => 0x2bc8_30a3,
        }
    }
}

const fn rev_table() -> [i8; 128] {
    let mut t = [-1i8; 128];
    let mut i = 0;
    while i < 32 {
        t[CHARSET[i] as usize] = i as i8;
        // Upper case decodes the same; mixing cases is rejected separately.
        t[CHARSET[i].to_ascii_uppercase() as usize] = i as i8;
        i += 1;
    }
    t
}
static REV: [i8; 128] = rev_table();

/// True if `b` is in the Bech32 data alphabet (either case).
pub fn is_data_char(b: u8) -> bool {
    b < 128 && REV[b as usize] >= 0
}

fn polymod(values: impl Iterator<Item = u8>) -> u32 {
    const GEN: [u32; 5] = [
        0x3b6a_57b2,
        0x2650_8e6d,
        0x1ea1_19fa,
        0x3d42_33dd,
        0x2a14_62b3,
    ];
    let mut chk: u32 = 1;
    for v in values {
        let b = chk >> 25;
        chk = ((chk & 0x01ff_ffff) << 5) ^ u32::from(v);
        for (i, g) in GEN.iter().enumerate() {
            if (b >> i) & 1 == 1 {
                chk ^= g;
            }
        }
    }
    chk
}

fn hrp_expand(hrp: &[u8]) -> impl Iterator<Item = u8> + '_ {
    hrp.iter()
        .map(|c| c >> 5)
        .chain(std::iter::once(0))
        .chain(hrp.iter().map(|c| c & 31))
}

/// A decoded Bech32/Bech32m string: lower-case human-readable part, 5-bit data values without the
/// checksum, and the variant whose checksum verified.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Decoded {
    pub hrp: String,
    pub data: Vec<u8>,
    pub variant: Variant,
}

/// Decodes a Bech32 or Bech32m string (BIP-173 "Bech32" section, BIP-350 checksum).
pub fn decode(s: &str) -> Result<Decoded, CryptoError> {
    let bytes = s.as_bytes();
    if bytes.len() > MAX_LEN {
        return Err(CryptoError::TooLong {
            len: bytes.len(),
            max: MAX_LEN,
        });
    }
    if let Some(pos) = bytes.iter().position(|&b| !(33..=126).contains(&b)) {
        return Err(CryptoError::BadCharacter { pos });
    }
    let has_lower = bytes.iter().any(u8::is_ascii_lowercase);
    let has_upper = bytes.iter().any(u8::is_ascii_uppercase);
    if has_lower && has_upper {
        return Err(CryptoError::MixedCase);
    }
    let sep = bytes
        .iter()
        .rposition(|&b| b == b'1')
        .ok_or(CryptoError::Malformed("no separator '1'"))?;
    if sep == 0 {
        return Err(CryptoError::Malformed("empty human-readable part"));
    }
    if sep + 7 > bytes.len() {
        return Err(CryptoError::Malformed(
            "data part shorter than the checksum",
        ));
    }
    let hrp: Vec<u8> = bytes[..sep].iter().map(u8::to_ascii_lowercase).collect();
    let mut data = Vec::with_capacity(bytes.len() - sep - 1);
    for (i, &b) in bytes[sep + 1..].iter().enumerate() {
        let v = if b < 128 { REV[b as usize] } else { -1 };
        if v < 0 {
            return Err(CryptoError::BadCharacter { pos: sep + 1 + i });
        }
        data.push(v as u8);
    }
    let pm = polymod(hrp_expand(&hrp).chain(data.iter().copied()));
    let variant = if pm == Variant::Bech32.constant() {
        Variant::Bech32
    } else if pm == Variant::Bech32m.constant() {
        Variant::Bech32m
    } else {
        return Err(CryptoError::BadChecksum);
    };
    data.truncate(data.len() - 6);
    Ok(Decoded {
        // The hrp is printable ASCII (checked above), so this cannot fail.
        hrp: String::from_utf8(hrp).map_err(|_| CryptoError::Malformed("hrp"))?,
        data,
        variant,
    })
}

/// Encodes 5-bit values under a human-readable part (lower case output).
pub fn encode(hrp: &str, data: &[u8], variant: Variant) -> Result<String, CryptoError> {
    let h = hrp.as_bytes();
    if h.is_empty() || h.iter().any(|&b| !(33..=126).contains(&b)) {
        return Err(CryptoError::Malformed("human-readable part"));
    }
    if data.iter().any(|&v| v > 31) {
        return Err(CryptoError::Malformed("data value above 31"));
    }
    let pm = polymod(
        hrp_expand(h)
            .chain(data.iter().copied())
            .chain(std::iter::repeat_n(0, 6)),
    ) ^ variant.constant();
    let mut s = String::with_capacity(h.len() + 1 + data.len() + 6);
    s.push_str(hrp);
    s.push('1');
    s.extend(data.iter().map(|&v| CHARSET[v as usize] as char));
    s.extend((0..6).map(|i| CHARSET[((pm >> (5 * (5 - i))) & 31) as usize] as char));
    if s.len() > MAX_LEN {
        return Err(CryptoError::TooLong {
            len: s.len(),
            max: MAX_LEN,
        });
    }
    Ok(s)
}

/// Regroups bits (BIP-173 `convertbits`). Without padding, leftover bits must be fewer than
/// `from` and all zero.
pub fn convert_bits(data: &[u8], from: u32, to: u32, pad: bool) -> Result<Vec<u8>, CryptoError> {
    let mut acc: u32 = 0;
    let mut bits: u32 = 0;
    let maxv: u32 = (1 << to) - 1;
    let mut out = Vec::with_capacity(data.len() * from as usize / to as usize + 1);
    for &v in data {
        let v = u32::from(v);
        if v >> from != 0 {
            return Err(CryptoError::Malformed("value out of range"));
        }
        acc = (acc << from) | v;
        bits += from;
        while bits >= to {
            bits -= to;
            out.push(((acc >> bits) & maxv) as u8);
        }
    }
    if pad {
        if bits > 0 {
            out.push(((acc << (to - bits)) & maxv) as u8);
        }
    } else if bits >= from {
        return Err(CryptoError::Malformed("excess padding"));
    } else if (acc << (to - bits)) & maxv != 0 {
        return Err(CryptoError::Malformed("non-zero padding"));
    }
    Ok(out)
}

/// A segregated-witness output decoded from its address.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WitnessProgram {
    pub hrp: String,
    pub version: u8,
    pub program: Vec<u8>,
}

/// Decodes a segwit address under any human-readable part and checks the BIP-350 rules
/// (variant per version, program length). The caller decides which hrps it accepts.
pub fn decode_segwit(s: &str) -> Result<WitnessProgram, CryptoError> {
    let d = decode(s)?;
    let (&version, rest) = d
        .data
        .split_first()
        .ok_or(CryptoError::Malformed("no witness version"))?;
    if version > 16 {
        return Err(CryptoError::Malformed("witness version above 16"));
    }
    let program = convert_bits(rest, 5, 8, false)?;
    check_program(version, &program)?;
    let want = if version == 0 {
        Variant::Bech32
    } else {
        Variant::Bech32m
    };
    if d.variant != want {
        return Err(CryptoError::WrongVariant { version });
    }
    Ok(WitnessProgram {
        hrp: d.hrp,
        version,
        program,
    })
}

fn check_program(version: u8, program: &[u8]) -> Result<(), CryptoError> {
    if !(2..=40).contains(&program.len()) {
        return Err(CryptoError::ProgramLength {
            version,
            len: program.len(),
        });
    }
    if version == 0 && program.len() != 20 && program.len() != 32 {
        return Err(CryptoError::ProgramLength {
            version,
            len: program.len(),
        });
    }
    Ok(())
}

/// Encodes a segwit address; refuses what [`decode_segwit`] would refuse (including an
/// upper-case hrp, which would make a mixed-case string).
pub fn encode_segwit(hrp: &str, version: u8, program: &[u8]) -> Result<String, CryptoError> {
    if version > 16 {
        return Err(CryptoError::Malformed("witness version above 16"));
    }
    check_program(version, program)?;
    let variant = if version == 0 {
        Variant::Bech32
    } else {
        Variant::Bech32m
    };
    let mut data = vec![version];
    data.extend(convert_bits(program, 8, 5, true)?);
    let s = encode(hrp, &data, variant)?;
    // Round trip, as the reference implementation does: catches a mixed-case result.
    decode_segwit(&s)?;
    Ok(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encode_then_decode_both_variants() {
        let s = encode("a", &[], Variant::Bech32).unwrap();
        assert_eq!(s, "a12uel5l");
        let s = encode("a", &[], Variant::Bech32m).unwrap();
        assert_eq!(s, "a1lqfn3a");
        assert_eq!(decode("A1LQFN3A").unwrap().variant, Variant::Bech32m);
    }

    #[test]
    fn segwit_round_trip() {
        let prog = [0x75u8; 20];
        let a = encode_segwit("bc", 0, &prog).unwrap();
        let w = decode_segwit(&a).unwrap();
        assert_eq!(
            (w.hrp.as_str(), w.version, &w.program[..]),
            ("bc", 0, &prog[..])
        );
        assert!(encode_segwit("bc", 0, &[0u8; 21]).is_err());
        assert!(encode_segwit("bc", 17, &[0u8; 32]).is_err());
        assert!(encode_segwit("BC", 0, &[0u8; 20]).is_err());
    }

    #[test]
    fn rejects_mixed_case_and_long() {
        assert!(matches!(decode("a12UEL5L"), Err(CryptoError::MixedCase)));
        assert!(decode(&format!("a1{}", "q".repeat(95))).is_err());
    }
}
