//! Just enough secp256k1 field arithmetic to tell whether 32 bytes are the x coordinate of a
//! curve point, which is what makes a Taproot (witness v1, 32-byte) output spendable by a key.
//! See: BIP-340 `lift_x` (x < p and x³ + 7 is a square mod p), BIP-341.
//!
//! Numbers are four little-endian 64-bit limbs. Reduction uses p = 2²⁵⁶ − 2³² − 977: a high half
//! `h` is worth `h · (2³² + 977)`. Not constant-time; it handles public addresses only.

type U256 = [u64; 4];

/// p, little-endian limbs.
const P: U256 = [
    0xFFFF_FFFE_FFFF_FC2F,
    0xFFFF_FFFF_FFFF_FFFF,
    0xFFFF_FFFF_FFFF_FFFF,
    0xFFFF_FFFF_FFFF_FFFF,
];
/// (p − 1) / 2, the Euler-criterion exponent.
const HALF_P_MINUS_1: U256 = [
    0xFFFF_FFFF_7FFF_FE17,
    0xFFFF_FFFF_FFFF_FFFF,
    0xFFFF_FFFF_FFFF_FFFF,
    0x7FFF_FFFF_FFFF_FFFF,
];
/// 2²⁵⁶ mod p.
const C: u128 = 0x1_0000_03D1;

fn from_be(bytes: &[u8; 32]) -> U256 {
    let mut x = [0u64; 4];
    for (i, limb) in x.iter_mut().enumerate() {
        let mut b = [0u8; 8];
        b.copy_from_slice(&bytes[32 - 8 * (i + 1)..32 - 8 * i]);
        *limb = u64::from_be_bytes(b);
    }
    x
}

fn geq(a: &U256, b: &U256) -> bool {
    for i in (0..4).rev() {
        if a[i] != b[i] {
            return a[i] > b[i];
        }
    }
    true
}

fn sub_p(a: &mut U256) {
    let mut borrow = 0u128;
    for i in 0..4 {
        let t = (a[i] as u128).wrapping_sub(P[i] as u128 + borrow);
        a[i] = t as u64;
        borrow = (t >> 127) & 1;
    }
}

fn reduce(w: [u64; 8]) -> U256 {
    let mut r = [0u64; 5];
    let mut carry = 0u128;
    for i in 0..4 {
        let t = w[i] as u128 + (w[i + 4] as u128) * C + carry;
        r[i] = t as u64;
        carry = t >> 64;
    }
    r[4] = carry as u64;
    let mut out = [0u64; 4];
    let mut carry = (r[4] as u128) * C;
    for i in 0..4 {
        let t = r[i] as u128 + carry;
        out[i] = t as u64;
        carry = t >> 64;
    }
    if carry != 0 {
        // Wrapped past 2²⁵⁶ once; what is left is small, so adding C cannot wrap again.
        let mut c = C;
        for limb in out.iter_mut() {
            let t = *limb as u128 + c;
            *limb = t as u64;
            c = t >> 64;
        }
    }
    if geq(&out, &P) {
        sub_p(&mut out);
    }
    out
}

fn mul(a: &U256, b: &U256) -> U256 {
    let mut w = [0u64; 8];
    for i in 0..4 {
        let mut carry = 0u128;
        for j in 0..4 {
            let t = w[i + j] as u128 + (a[i] as u128) * (b[j] as u128) + carry;
            w[i + j] = t as u64;
            carry = t >> 64;
        }
        w[i + 4] = carry as u64;
    }
    reduce(w)
}

fn add_small(a: &U256, k: u64) -> U256 {
    let mut w = [0u64; 8];
    let mut carry = k as u128;
    for i in 0..4 {
        let t = a[i] as u128 + carry;
        w[i] = t as u64;
        carry = t >> 64;
    }
    w[4] = carry as u64;
    reduce(w)
}

fn pow(base: &U256, exp: &U256) -> U256 {
    let mut result: U256 = [1, 0, 0, 0];
    for i in (0..4).rev() {
        for bit in (0..64).rev() {
            result = mul(&result, &result);
            if (exp[i] >> bit) & 1 == 1 {
                result = mul(&result, base);
            }
        }
    }
    result
}

/// True if `x` (big-endian) is the x coordinate of a point on secp256k1.
pub fn is_valid_x_only_key(x: &[u8; 32]) -> bool {
    let x = from_be(x);
    if geq(&x, &P) {
        return false;
    }
    let y2 = add_small(&mul(&mul(&x, &x), &x), 7);
    pow(&y2, &HALF_P_MINUS_1) == [1, 0, 0, 0]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hex32(s: &str) -> [u8; 32] {
        let mut out = [0u8; 32];
        for (i, b) in out.iter_mut().enumerate() {
            *b = u8::from_str_radix(&s[2 * i..2 * i + 2], 16).unwrap();
        }
        out
    }

    #[test]
    fn generator_x_is_on_the_curve() {
        let g = hex32("79be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798");
        assert!(is_valid_x_only_key(&g));
    }

    #[test]
    fn p_and_above_are_not_field_elements() {
        let p = hex32("fffffffffffffffffffffffffffffffffffffffffffffffffffffffefffffc2f");
        assert!(!is_valid_x_only_key(&p));
        assert!(!is_valid_x_only_key(&[0xff; 32]));
    }

    #[test]
    fn about_half_of_small_x_are_on_the_curve() {
        // x = 1: 1 + 7 = 8 = 2³; 2 is a square mod p (p ≡ 7 mod 8), so 8 is too.
        let mut one = [0u8; 32];
        one[31] = 1;
        assert!(is_valid_x_only_key(&one));
        let on = (1u8..=100)
            .filter(|&k| {
                let mut x = [0u8; 32];
                x[31] = k;
                is_valid_x_only_key(&x)
            })
            .count();
        assert!((30..=70).contains(&on), "{on}");
    }

    #[test]
    fn arithmetic_matches_small_cases() {
        // (p − 1)² ≡ 1.
        let mut pm1 = P;
        pm1[0] -= 1;
        assert_eq!(mul(&pm1, &pm1), [1, 0, 0, 0]);
        // (p − 1) + 7 ≡ 6.
        assert_eq!(add_small(&pm1, 7), [6, 0, 0, 0]);
    }
}
