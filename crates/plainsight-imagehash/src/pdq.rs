//! The PDQ algorithm on a luminance buffer, written from Meta's PDQ specification
//! (ThreatExchange `hashing/pdq/README.md` and the paper "The TMK+PDQF and PDQ hashing
//! algorithms", section "PDQ"). Decoding lives in [`crate::decode`]; this module only sees
//! floats, so it can be tested on synthetic images without any codec.
//!
//! Steps, each commented with the part of the spec it follows:
//! 1. luminance `Y = 0.299 R + 0.587 G + 0.114 B` in single precision;
//! 2. two passes of a Jarosz tent filter (each pass a box filter along rows, then along
//!    columns), with a window of `ceil(dimension / 128)` so that the result is well
//!    band-limited for 64 samples;
//! 3. decimation to 64×64 by taking the sample nearest each output cell's centre;
//! 4. quality: the sum of absolute neighbour differences of the 64×64 image, in percent of full
//!    scale, divided by 90 and capped at 100;
//! 5. the 2D DCT-II restricted to frequencies 1..=16 on each axis (the DC row/column is
//!    dropped), giving 16×16 coefficients;
//! 6. a bit per coefficient: set when the coefficient is strictly above the median of the 256.
//!
//! The arithmetic is single precision in the same order as the reference so that hashes are
//! bit-exact with it whenever the decoded pixels are identical.

use plainsight_core::PdqHash;

/// Side of the downsampled image the DCT runs on (spec: 64×64).
const DOWN: usize = 64;
/// Side of the kept DCT block (spec: 16×16 → 256 bits).
const DCT: usize = 16;
/// Number of Jarosz (box-then-box) passes; the spec uses two, which approximates a tent
/// filter.
const JAROSZ_PASSES: usize = 2;

/// Hash and quality of one image. Quality is 0..=100; the PDQ README recommends discarding
/// hashes of quality under 50 for matching (featureless images hash alike).
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
pub struct PdqOutput {
    pub hash: PdqHash,
    pub quality: u8,
}

/// The eight dihedral transforms of an image (the rotations and flips that PDQ can undo from
/// the DCT alone, spec "Dihedral-transform hashes"), in the reference's order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Dihedral {
    Original,
    Rotate90,
    Rotate180,
    Rotate270,
    FlipX,
    FlipY,
    FlipPlus1,
    FlipMinus1,
}

impl Dihedral {
    pub const ALL: [Dihedral; 8] = [
        Dihedral::Original,
        Dihedral::Rotate90,
        Dihedral::Rotate180,
        Dihedral::Rotate270,
        Dihedral::FlipX,
        Dihedral::FlipY,
        Dihedral::FlipPlus1,
        Dihedral::FlipMinus1,
    ];

    /// Stable snake_case name used in output.
    pub fn name(self) -> &'static str {
        match self {
            Dihedral::Original => "original",
            Dihedral::Rotate90 => "rotate90",
            Dihedral::Rotate180 => "rotate180",
            Dihedral::Rotate270 => "rotate270",
            Dihedral::FlipX => "flipx",
            Dihedral::FlipY => "flipy",
            Dihedral::FlipPlus1 => "flip_plus1",
            Dihedral::FlipMinus1 => "flip_minus1",
        }
    }

    /// Maps the 16×16 DCT of an image to the DCT of the transformed image. The basis function
    /// for frequency `u+1` is `cos(pi (u+1) (2x+1) / 128)`; mirroring `x -> 63 - x` multiplies it
    /// by `(-1)^(u+1)`, so a flip negates the coefficients of even index `u`, and a transpose
    /// swaps the two axes. Rotations are a transpose plus a flip.
    fn apply(self, dct: &[[f32; DCT]; DCT]) -> [[f32; DCT]; DCT] {
        let mut out = [[0f32; DCT]; DCT];
        // Sign for mirroring along an axis of frequency index `u`.
        let s = |u: usize| if u & 1 == 1 { 1.0f32 } else { -1.0f32 };
        for (i, row) in dct.iter().enumerate() {
            for (j, &v) in row.iter().enumerate() {
                match self {
                    Dihedral::Original => out[i][j] = v,
                    // The reference names flips by the axis mirrored about: `FlipX` turns the
                    // image upside down (rows reversed), `FlipY` mirrors left to right.
                    Dihedral::FlipX => out[i][j] = s(i) * v,
                    Dihedral::FlipY => out[i][j] = s(j) * v,
                    Dihedral::Rotate180 => out[i][j] = s(i) * s(j) * v,
                    Dihedral::FlipPlus1 => out[j][i] = v,
                    Dihedral::Rotate90 => out[j][i] = s(j) * v,
                    Dihedral::Rotate270 => out[j][i] = s(i) * v,
                    Dihedral::FlipMinus1 => out[j][i] = s(i) * s(j) * v,
                }
            }
        }
        out
    }
}

impl Dihedral {
    /// Whether the transform swaps the image's axes (a `rows × cols` image becomes `cols × rows`).
    fn transposes(self) -> bool {
        matches!(
            self,
            Dihedral::Rotate90 | Dihedral::Rotate270 | Dihedral::FlipPlus1 | Dihedral::FlipMinus1
        )
    }

    /// Applies the transform to the pixels of a row-major `rows × cols` buffer, writing the
    /// transformed image into `dst` (same length) and returning its `(rows, cols)`. Named as
    /// [`Dihedral::apply`] names the DCT maps: `Rotate90` turns the image a quarter turn
    /// anticlockwise, `FlipX` turns it upside down, `FlipPlus1` is the transpose.
    fn transform_pixels(
        self,
        src: &[f32],
        rows: usize,
        cols: usize,
        dst: &mut [f32],
    ) -> (usize, usize) {
        let (out_rows, out_cols) = if self.transposes() {
            (cols, rows)
        } else {
            (rows, cols)
        };
        for r in 0..out_rows {
            for c in 0..out_cols {
                let (sr, sc) = match self {
                    Dihedral::Original => (r, c),
                    Dihedral::FlipX => (rows - 1 - r, c),
                    Dihedral::FlipY => (r, cols - 1 - c),
                    Dihedral::Rotate180 => (rows - 1 - r, cols - 1 - c),
                    Dihedral::FlipPlus1 => (c, r),
                    Dihedral::Rotate90 => (c, cols - 1 - r),
                    Dihedral::Rotate270 => (rows - 1 - c, r),
                    Dihedral::FlipMinus1 => (rows - 1 - c, cols - 1 - r),
                };
                dst[r * out_cols + c] = src[sr * cols + sc];
            }
        }
        (out_rows, out_cols)
    }
}

/// Luminance weights (spec: "luminance from RGB", ITU-R BT.601).
const LUMA_R: f32 = 0.299;
const LUMA_G: f32 = 0.587;
const LUMA_B: f32 = 0.114;

/// Luminance of one 8-bit RGB pixel, in the reference's evaluation order.
#[inline]
pub fn luma(r: u8, g: u8, b: u8) -> f32 {
    LUMA_R * f32::from(r) + LUMA_G * f32::from(g) + LUMA_B * f32::from(b)
}

/// Window of the box filter for shrinking `old` samples to `new` (spec: ceil(old / (2 new))).
fn jarosz_window(old: usize, new: usize) -> usize {
    old.div_ceil(2 * new)
}

/// One box-filter pass over a strided vector, the reference's four-phase running sum: the
/// window is centred, and shrinks at both ends rather than padding, so the mean is over the
/// samples actually inside the image.
fn box_1d(input: &[f32], output: &mut [f32], len: usize, stride: usize, window: usize) {
    let half = (window + 2) / 2;
    let phase1 = half - 1;
    let phase2 = window - half + 1;
    let phase3 = len.saturating_sub(window);
    let phase4 = half - 1;
    let (mut li, mut ri, mut oi) = (0usize, 0usize, 0usize);
    let mut sum = 0f32;
    let mut count = 0usize;
    for _ in 0..phase1 {
        sum += input[ri];
        count += 1;
        ri += stride;
    }
    for _ in 0..phase2 {
        sum += input[ri];
        count += 1;
        output[oi] = sum / count as f32;
        ri += stride;
        oi += stride;
    }
    for _ in 0..phase3 {
        sum += input[ri];
        sum -= input[li];
        output[oi] = sum / count as f32;
        li += stride;
        ri += stride;
        oi += stride;
    }
    for _ in 0..phase4 {
        sum -= input[li];
        count -= 1;
        output[oi] = sum / count as f32;
        li += stride;
        oi += stride;
    }
}

/// Jarosz filter in place on a `rows × cols` row-major buffer, using one scratch line instead
/// of a second full-size buffer (a 12-megapixel photo then needs 48 MB, not 96 MB). Each line
/// is filtered from a copy, which gives the same floats as the reference's two buffers.
fn jarosz_filter(
    buf: &mut [f32],
    rows: usize,
    cols: usize,
    win_along_rows: usize,
    win_along_cols: usize,
) {
    let mut line = vec![0f32; rows.max(cols)];
    for _ in 0..JAROSZ_PASSES {
        for r in 0..rows {
            let row = &mut buf[r * cols..(r + 1) * cols];
            line[..cols].copy_from_slice(row);
            box_1d(&line[..cols], row, cols, 1, win_along_rows);
        }
        let mut out_col = vec![0f32; rows];
        for c in 0..cols {
            for r in 0..rows {
                line[r] = buf[r * cols + c];
            }
            box_1d(&line[..rows], &mut out_col, rows, 1, win_along_cols);
            for r in 0..rows {
                buf[r * cols + c] = out_col[r];
            }
        }
    }
}

/// Nearest-centre decimation to 64×64 (spec: sample at `(i + 0.5) * old / 64`).
fn decimate(buf: &[f32], rows: usize, cols: usize) -> [[f32; DOWN]; DOWN] {
    let mut out = [[0f32; DOWN]; DOWN];
    for (i, out_row) in out.iter_mut().enumerate() {
        let ini = (((i as f64 + 0.5) * rows as f64) / DOWN as f64) as usize;
        for (j, v) in out_row.iter_mut().enumerate() {
            let inj = (((j as f64 + 0.5) * cols as f64) / DOWN as f64) as usize;
            *v = buf[ini.min(rows - 1) * cols + inj.min(cols - 1)];
        }
    }
    out
}

/// Quality metric (spec: "gradient sum"): integer percent differences between vertical and
/// horizontal neighbours, summed, divided by 90, capped at 100.
fn quality(down: &[[f32; DOWN]; DOWN]) -> u8 {
    let mut sum: i64 = 0;
    for pair in down.windows(2) {
        for (&u, &v) in pair[0].iter().zip(pair[1].iter()) {
            let d = ((u - v) * 100.0) / 255.0;
            sum += i64::from((d as i32).abs());
        }
    }
    for row in down.iter() {
        for pair in row.windows(2) {
            let d = ((pair[0] - pair[1]) * 100.0) / 255.0;
            sum += i64::from((d as i32).abs());
        }
    }
    (sum / 90).min(100) as u8
}

/// The 16×64 DCT-II matrix without the DC row: `sqrt(2/64) cos(pi/128 (i+1)(2j+1))`.
fn dct_matrix() -> [[f32; DOWN]; DCT] {
    let mut m = [[0f32; DOWN]; DCT];
    let scale = (2.0f64 / DOWN as f64).sqrt();
    for (i, row) in m.iter_mut().enumerate() {
        for (j, v) in row.iter_mut().enumerate() {
            let arg = (std::f64::consts::PI / 2.0 / DOWN as f64)
                * (i as f64 + 1.0)
                * (2.0 * j as f64 + 1.0);
            *v = (scale * arg.cos()) as f32;
        }
    }
    m
}

/// `B = D A Dᵀ` in single precision, accumulating in index order like the reference.
// Index loops keep the matrix product readable against the spec's formula.
#[allow(clippy::needless_range_loop)]
fn dct_16(down: &[[f32; DOWN]; DOWN]) -> [[f32; DCT]; DCT] {
    let d = dct_matrix();
    let mut t = [[0f32; DOWN]; DCT];
    for i in 0..DCT {
        for j in 0..DOWN {
            let mut s = 0f32;
            for k in 0..DOWN {
                s += d[i][k] * down[k][j];
            }
            t[i][j] = s;
        }
    }
    let mut b = [[0f32; DCT]; DCT];
    for i in 0..DCT {
        for j in 0..DCT {
            let mut s = 0f32;
            for k in 0..DOWN {
                s += t[i][k] * d[j][k];
            }
            b[i][j] = s;
        }
    }
    b
}

/// Bits from the DCT: bit `16 i + j` (counting from the least significant bit of the 256-bit
/// big-endian hex form) is set when `B[i][j]` is strictly greater than the median. The median
/// of 256 values is taken as the 128th smallest, as the reference's Torben median returns.
fn bits(b: &[[f32; DCT]; DCT]) -> PdqHash {
    let mut flat: Vec<f32> = b.iter().flatten().copied().collect();
    flat.sort_by(f32::total_cmp);
    let median = flat[DCT * DCT / 2 - 1];
    let mut words = [0u64; 4];
    for (i, row) in b.iter().enumerate() {
        for (j, &v) in row.iter().enumerate() {
            if v > median {
                let k = i * DCT + j;
                words[3 - k / 64] |= 1u64 << (k % 64);
            }
        }
    }
    PdqHash(words)
}

/// The intermediate state after the DCT: enough to produce the hash and its dihedral variants.
#[derive(Clone, Debug)]
pub struct PdqDct {
    dct: [[f32; DCT]; DCT],
    quality: u8,
}

impl PdqDct {
    /// Runs steps 2–5 on a row-major luminance buffer of `rows × cols` (the buffer is used as
    /// scratch and overwritten). Returns `None` for an empty image or a buffer of the wrong size.
    pub fn from_luma(luma: &mut [f32], rows: usize, cols: usize) -> Option<PdqDct> {
        if rows == 0 || cols == 0 || rows.checked_mul(cols)? != luma.len() {
            return None;
        }
        // The window along rows (filtering each row) depends on the number of columns.
        let win_rows = jarosz_window(cols, DOWN);
        let win_cols = jarosz_window(rows, DOWN);
        jarosz_filter(luma, rows, cols, win_rows, win_cols);
        let down = decimate(luma, rows, cols);
        Some(PdqDct {
            dct: dct_16(&down),
            quality: quality(&down),
        })
    }

    pub fn quality(&self) -> u8 {
        self.quality
    }

    /// The hash of the image as given.
    pub fn output(&self) -> PdqOutput {
        PdqOutput {
            hash: bits(&self.dct),
            quality: self.quality,
        }
    }

    /// The hash the image would have after `t`, computed from the DCT without re-hashing.
    pub fn dihedral(&self, t: Dihedral) -> PdqHash {
        bits(&t.apply(&self.dct))
    }

    /// All eight dihedral hashes, in [`Dihedral::ALL`] order.
    pub fn dihedrals(&self) -> [(Dihedral, PdqHash); 8] {
        Dihedral::ALL.map(|t| (t, self.dihedral(t)))
    }

    /// The PDQ of each of the eight rotations and flips of the pixels themselves, in
    /// [`Dihedral::ALL`] order (the first is the image as given): what the reference hasher
    /// gives the rotated file. The DCT maps of [`PdqDct::dihedral`] are what the reference's
    /// `dihedral` output gives, but they are exact only where the resampling commutes with the
    /// transform: PDQ samples row `⌊(i + ½) · rows / 64⌋`, so a flip of a 256-row image samples
    /// rows one pixel off, and a physically rotated copy of a smooth image can end 30–70 bits
    /// from every DCT variant. Matching a rotated upload therefore rotates its pixels back.
    ///
    /// Only the four flips are hashed from pixels: a transpose does commute with the resampling
    /// (rows and columns are sampled alike), so each transposed variant is its flip's DCT
    /// transposed (`Rotate90` is the transpose of the left-right mirror, `Rotate270` of the
    /// upside-down image, `FlipMinus1` of the half turn). Costs four filter passes over the
    /// image, and one more buffer of its size.
    pub fn from_luma_dihedrals(
        luma: &[f32],
        rows: usize,
        cols: usize,
    ) -> Option<[(Dihedral, PdqDct); 8]> {
        if rows == 0 || cols == 0 || rows.checked_mul(cols)? != luma.len() {
            return None;
        }
        let mut scratch = vec![0f32; luma.len()];
        let mut flip = |t: Dihedral| {
            let (r, c) = t.transform_pixels(luma, rows, cols, &mut scratch);
            PdqDct::from_luma(&mut scratch, r, c)
        };
        let original = flip(Dihedral::Original)?;
        let flip_x = flip(Dihedral::FlipX)?;
        let flip_y = flip(Dihedral::FlipY)?;
        let half_turn = flip(Dihedral::Rotate180)?;
        let transposed = |d: &PdqDct| PdqDct {
            dct: Dihedral::FlipPlus1.apply(&d.dct),
            // The gradient sum counts vertical and horizontal steps alike.
            quality: d.quality,
        };
        Some([
            (Dihedral::Original, original.clone()),
            (Dihedral::Rotate90, transposed(&flip_y)),
            (Dihedral::Rotate180, half_turn.clone()),
            (Dihedral::Rotate270, transposed(&flip_x)),
            (Dihedral::FlipX, flip_x),
            (Dihedral::FlipY, flip_y),
            (Dihedral::FlipPlus1, transposed(&original)),
            (Dihedral::FlipMinus1, transposed(&half_turn)),
        ])
    }
}

/// Hash of an 8-bit RGB image (`rgb.len() == 3 * width * height`). Convenience for callers
/// that already hold pixels; file decoding is [`crate::hash_file`].
pub fn hash_rgb8(rgb: &[u8], width: usize, height: usize) -> Option<PdqOutput> {
    if width.checked_mul(height)?.checked_mul(3)? != rgb.len() {
        return None;
    }
    let mut luma_buf: Vec<f32> = rgb
        .chunks_exact(3)
        .map(|p| luma(p[0], p[1], p[2]))
        .collect();
    PdqDct::from_luma(&mut luma_buf, height, width).map(|d| d.output())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn window_is_ceil_of_half_ratio() {
        assert_eq!(jarosz_window(1600, 64), 13);
        assert_eq!(jarosz_window(128, 64), 1);
        assert_eq!(jarosz_window(129, 64), 2);
        assert_eq!(jarosz_window(1, 64), 1);
    }

    #[test]
    fn box_filter_averages_over_the_samples_inside() {
        let input = [1.0f32, 2.0, 3.0, 4.0, 5.0];
        let mut out = [0f32; 5];
        box_1d(&input, &mut out, 5, 1, 3);
        assert_eq!(out, [1.5, 2.0, 3.0, 4.0, 4.5]);
        box_1d(&input, &mut out, 5, 1, 1);
        assert_eq!(out, input);
    }

    #[test]
    fn flat_image_has_zero_quality_and_a_half_set_hash_at_most() {
        let rgb = vec![128u8; 100 * 80 * 3];
        let out = hash_rgb8(&rgb, 100, 80).expect("valid buffer");
        assert_eq!(out.quality, 0);
        let ones: u32 = out.hash.0.iter().map(|w| w.count_ones()).sum();
        assert!(ones <= 128, "{ones}");
    }

    #[test]
    fn wrong_buffer_size_is_rejected() {
        assert!(hash_rgb8(&[0u8; 10], 2, 2).is_none());
        assert!(hash_rgb8(&[], 0, 0).is_none());
    }

    #[test]
    fn pixel_transforms_are_the_dihedral_group() {
        // A 3 × 5 image with distinct pixels: each transform moves them as its name says, and
        // applying a transform then its inverse gives the image back.
        let (rows, cols) = (3usize, 5usize);
        let src: Vec<f32> = (0..rows * cols).map(|i| i as f32).collect();
        let at = |img: &[f32], w: usize, r: usize, c: usize| img[r * w + c];
        let mut dst = vec![0f32; src.len()];
        // A quarter turn anticlockwise: the top-right corner comes to the top left.
        assert_eq!(
            Dihedral::Rotate90.transform_pixels(&src, rows, cols, &mut dst),
            (5, 3)
        );
        assert_eq!(at(&dst, 3, 0, 0), at(&src, cols, 0, cols - 1));
        assert_eq!(at(&dst, 3, 4, 2), at(&src, cols, rows - 1, 0));
        // A quarter turn clockwise: the bottom-left corner comes to the top left.
        Dihedral::Rotate270.transform_pixels(&src, rows, cols, &mut dst);
        assert_eq!(at(&dst, 3, 0, 0), at(&src, cols, rows - 1, 0));
        // Upside down; mirrored left to right.
        Dihedral::FlipX.transform_pixels(&src, rows, cols, &mut dst);
        assert_eq!(at(&dst, cols, 0, 1), at(&src, cols, rows - 1, 1));
        Dihedral::FlipY.transform_pixels(&src, rows, cols, &mut dst);
        assert_eq!(at(&dst, cols, 1, 0), at(&src, cols, 1, cols - 1));
        let inverse = |t: Dihedral| match t {
            Dihedral::Rotate90 => Dihedral::Rotate270,
            Dihedral::Rotate270 => Dihedral::Rotate90,
            other => other,
        };
        for t in Dihedral::ALL {
            let (r, c) = t.transform_pixels(&src, rows, cols, &mut dst);
            let mut back = vec![0f32; src.len()];
            assert_eq!(
                inverse(t).transform_pixels(&dst, r, c, &mut back),
                (rows, cols)
            );
            assert_eq!(back, src, "{t:?}");
        }
    }

    #[test]
    fn transposed_variants_equal_hashing_the_transposed_pixels() {
        // A non-square image with detail at every scale: each of the eight variants, from
        // the four flips and DCT transposes, is what hashing the turned pixels gives.
        let (rows, cols) = (150usize, 211usize);
        let luma: Vec<f32> = (0..rows * cols)
            .map(|i| {
                let (r, c) = ((i / cols) as f32, (i % cols) as f32);
                127.0
                    + 60.0 * (r / 7.0).sin() * (c / 11.0).cos()
                    + 40.0 * ((r + 2.0 * c) / 29.0).sin()
            })
            .collect();
        let all = PdqDct::from_luma_dihedrals(&luma, rows, cols).expect("valid");
        let mut scratch = vec![0f32; luma.len()];
        for (t, d) in all {
            let (r, c) = t.transform_pixels(&luma, rows, cols, &mut scratch);
            let direct = PdqDct::from_luma(&mut scratch, r, c).unwrap();
            let bits = d.output().hash.distance(&direct.output().hash);
            assert!(
                bits <= 2,
                "{t:?}: {bits} bits from hashing the turned pixels"
            );
            assert_eq!(d.quality, direct.quality, "{t:?}");
        }
    }

    #[test]
    fn dihedral_variants_are_involutions_where_expected() {
        let mut luma_buf: Vec<f32> = (0..64 * 48).map(|i| ((i * 7919) % 255) as f32).collect();
        let d = PdqDct::from_luma(&mut luma_buf, 48, 64).expect("valid");
        let fx = Dihedral::FlipX.apply(&d.dct);
        assert_eq!(Dihedral::FlipX.apply(&fx), d.dct);
        let r90 = Dihedral::Rotate90.apply(&d.dct);
        let r270 = Dihedral::Rotate270.apply(&r90);
        assert_eq!(r270, d.dct);
    }
}
