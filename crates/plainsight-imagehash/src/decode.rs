//! Decoding untrusted image files into a luminance buffer, with bounds.
//!
//! Images come from scraped sites and are hostile input: `image` has open reports of crafted
//! files that crash or exhaust memory in some decoders. So every file's size is checked before
//! it is read and it is read under a byte cap, its format is sniffed from its content (a PNG
//! named `.jpg` still decodes), its declared size is checked against a pixel cap from the header
//! *before* any pixel buffer is allocated, the memory its decoding will take can be reserved
//! from a [`MemoryBudget`] shared by the images decoded at once, the decoders run under
//! `image::Limits`, a JPEG cut short is refused rather than hashed with its missing part made
//! up, and a panic inside a decoder becomes a per-file error.
//!
//! Pixels are read the way the reference hashers read them (Meta's `pdq-photo-hasher` and
//! python-threatexchange, whose hashes fill the shared lists): as stored, EXIF orientation
//! ignored, and 16-bit samples reduced to 8 as PIL's `Image.open(..).convert("RGB")` does.

use crate::error::ImageHashError;
use crate::pdq::{luma, PdqDct};
use image::{DynamicImage, ImageDecoder, ImageFormat, ImageReader, Limits};
use std::io::{BufReader, Cursor, Read};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::Path;
use std::sync::{Arc, Condvar, Mutex, PoisonError};

/// Bounds and switches for decoding. The defaults admit any real photograph (a 100-megapixel
/// camera), refuse decompression bombs, and reproduce the reference hashers' pixels.
#[derive(Clone, Debug)]
pub struct DecodeOptions {
    /// Largest file read, in bytes (checked from the file's size before reading, and while
    /// reading for files without one, such as pipes).
    pub max_file_bytes: u64,
    /// Largest `width × height` accepted, checked from the header before decoding.
    pub max_pixels: u64,
    /// Largest memory the decoder may allocate, in bytes (`image::Limits::max_alloc`).
    pub max_decoder_alloc: u64,
    /// Apply the EXIF orientation (JPEG, WebP, TIFF, PNG `eXIf`) before hashing, so the hash is
    /// that of the image as a viewer shows it. Off by default: the reference hashers (CImg in
    /// `pdq-photo-hasher`, PIL without `exif_transpose` in python-threatexchange) hash the
    /// stored pixels, and so were the hash lists made. To find a rotated copy either way,
    /// match the eight dihedral hashes ([`crate::PdqDct::dihedrals`]).
    pub apply_exif_orientation: bool,
    /// Reduce 16-bit images to 8 bits as PIL does when python-threatexchange opens them (on by
    /// default): 16-bit grey (PIL mode `I;16`) is clipped at 255 by `convert("RGB")`, and
    /// 16-bit grey+alpha and colour keep the high byte of each sample (PNG raw modes `LA;16B`,
    /// `RGB;16B`, `RGBA;16B`). Off: every 16-bit sample is scaled (`v / 257`), which is what the
    /// image looks like but not what the reference hashes.
    pub pil_compatible_16bit: bool,
    /// Memory shared by the images decoded at once: each decode reserves what it will take
    /// (from the header, before allocating) and waits while the budget is spent; an image
    /// that needs more than the whole budget is refused. `None`: no shared bound (each image
    /// is still bounded by the limits above).
    pub budget: Option<Arc<MemoryBudget>>,
}

impl Default for DecodeOptions {
    fn default() -> Self {
        DecodeOptions {
            max_file_bytes: 256 << 20,
            max_pixels: 128_000_000,
            max_decoder_alloc: 2 << 30,
            apply_exif_orientation: false,
            pil_compatible_16bit: true,
            budget: None,
        }
    }
}

/// A memory budget shared by parallel decodes, so that N threads decoding large photos hold at
/// most the budget, not N times the largest image. An image that needs more than the whole
/// budget is refused ([`ImageHashError::TooLarge`]).
#[derive(Debug)]
pub struct MemoryBudget {
    limit: u64,
    used: Mutex<u64>,
    freed: Condvar,
}

impl MemoryBudget {
    pub fn new(limit_bytes: u64) -> Arc<MemoryBudget> {
        Arc::new(MemoryBudget {
            limit: limit_bytes.max(1),
            used: Mutex::new(0),
            freed: Condvar::new(),
        })
    }

    /// The budget, in bytes.
    pub fn limit(&self) -> u64 {
        self.limit
    }

    /// Bytes reserved now.
    pub fn in_use(&self) -> u64 {
        *self.used.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Waits until `bytes` can be reserved, and reserves them until the returned guard is
    /// dropped; `None`, at once, when `bytes` is more than the whole budget.
    pub fn reserve(self: &Arc<Self>, bytes: u64) -> Option<Reservation> {
        if bytes > self.limit {
            return None;
        }
        let mut used = self.used.lock().unwrap_or_else(PoisonError::into_inner);
        while *used + bytes > self.limit {
            used = self
                .freed
                .wait(used)
                .unwrap_or_else(PoisonError::into_inner);
        }
        *used += bytes;
        Some(Reservation {
            budget: Arc::clone(self),
            bytes,
        })
    }
}

/// Memory reserved from a [`MemoryBudget`], given back on drop.
#[derive(Debug)]
pub struct Reservation {
    budget: Arc<MemoryBudget>,
    bytes: u64,
}

impl Drop for Reservation {
    fn drop(&mut self) {
        let mut used = self
            .budget
            .used
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        *used = used.saturating_sub(self.bytes);
        self.budget.freed.notify_all();
    }
}

/// A luminance image: row-major `height × width` floats, 0..=255.
pub struct LumaImage {
    pub width: usize,
    pub height: usize,
    pub luma: Vec<f32>,
    /// The memory reserved for this image, held until the hash is computed.
    reservation: Option<Reservation>,
}

impl LumaImage {
    /// The PDQ DCT of this image (consumes the buffer as scratch).
    pub fn into_dct(mut self) -> Option<PdqDct> {
        let dct = PdqDct::from_luma(&mut self.luma, self.height, self.width);
        drop(self.reservation.take());
        dct
    }

    /// The PDQ DCT of each rotation and flip of this image's pixels
    /// ([`PdqDct::from_luma_dihedrals`]). The scratch buffer it adds (4 bytes a pixel) is
    /// within what the decode reserved, since the decoded and RGB buffers are gone by now.
    pub fn into_pixel_dihedrals(mut self) -> Option<[(crate::Dihedral, PdqDct); 8]> {
        let all = PdqDct::from_luma_dihedrals(&self.luma, self.height, self.width);
        drop(self.reservation.take());
        all
    }
}

/// Reads and decodes a file (see [`decode_bytes`]).
pub fn decode_file(path: &Path, opts: &DecodeOptions) -> Result<LumaImage, ImageHashError> {
    let file = std::fs::File::open(path).map_err(|e| ImageHashError::Io {
        what: "cannot open image".into(),
        source: e,
    })?;
    // A regular file says its size: refuse it before reading a byte.
    if let Ok(meta) = file.metadata() {
        if meta.is_file() && meta.len() > opts.max_file_bytes {
            return Err(ImageHashError::TooLarge(format!(
                "file of {} bytes is over the {} byte limit",
                meta.len(),
                opts.max_file_bytes
            )));
        }
    }
    let mut bytes = Vec::new();
    // Read one byte past the cap to know whether the file exceeds it without trusting metadata
    // (a FIFO or /proc file has no meaningful length).
    file.take(opts.max_file_bytes.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(|e| ImageHashError::Io {
            what: "cannot read image".into(),
            source: e,
        })?;
    if bytes.len() as u64 > opts.max_file_bytes {
        return Err(ImageHashError::TooLarge(format!(
            "file is over the {} byte limit",
            opts.max_file_bytes
        )));
    }
    decode_bytes(&bytes, opts)
}

/// Decodes an in-memory image of any supported format into luminance. Never panics: a decoder
/// panic is caught and reported as [`ImageHashError::Decode`].
pub fn decode_bytes(bytes: &[u8], opts: &DecodeOptions) -> Result<LumaImage, ImageHashError> {
    if bytes.is_empty() {
        return Err(ImageHashError::Decode("empty file".into()));
    }
    if bytes.len() as u64 > opts.max_file_bytes {
        return Err(ImageHashError::TooLarge(format!(
            "input is over the {} byte limit",
            opts.max_file_bytes
        )));
    }
    match catch_unwind(AssertUnwindSafe(|| decode_inner(bytes, opts))) {
        Ok(result) => result,
        Err(_) => Err(ImageHashError::Decode(
            "the decoder panicked on this file".into(),
        )),
    }
}

fn decode_inner(bytes: &[u8], opts: &DecodeOptions) -> Result<LumaImage, ImageHashError> {
    let reader = ImageReader::new(BufReader::new(Cursor::new(bytes)))
        .with_guessed_format()
        .map_err(|e| ImageHashError::Decode(e.to_string()))?;
    if reader.format().is_none() {
        return Err(ImageHashError::Unsupported(
            "not a JPEG, PNG, WebP, GIF, BMP or TIFF image".into(),
        ));
    }
    let mut limits = Limits::default();
    limits.max_alloc = Some(opts.max_decoder_alloc);
    let side = u32::try_from(opts.max_pixels.min(u64::from(u32::MAX))).unwrap_or(u32::MAX);
    limits.max_image_width = Some(side);
    limits.max_image_height = Some(side);
    let format = reader.format();
    let mut reader = reader;
    reader.limits(limits);
    let mut decoder = reader.into_decoder().map_err(map_image_error)?;
    let (w, h) = decoder.dimensions();
    let pixels = u64::from(w) * u64::from(h);
    if pixels > opts.max_pixels {
        return Err(ImageHashError::TooLarge(format!(
            "{w}x{h} is over the {} pixel limit",
            opts.max_pixels
        )));
    }
    if pixels == 0 {
        return Err(ImageHashError::Decode("image has no pixels".into()));
    }
    if let Some(why) = implausibly_small(format, bytes, w, h, decoder.total_bytes()) {
        return Err(ImageHashError::Decode(why));
    }
    if format == Some(ImageFormat::Jpeg) && jpeg_completeness(bytes) == Completeness::Truncated {
        // The JPEG decoder makes up the missing part (grey or repeated rows) and says nothing;
        // the hash of a made-up half would be reported at full quality.
        return Err(ImageHashError::Decode(
            "truncated JPEG: the data ends before the end-of-image marker".into(),
        ));
    }
    // What this decode will hold at its peak: the decoded buffer, the decoder's own planes
    // (about as much again), an 8-bit RGB copy for other layouts, the luminance floats, and
    // the file's bytes.
    let cost = decoder
        .total_bytes()
        .saturating_mul(2)
        .saturating_add(pixels.saturating_mul(3 + 4))
        .saturating_add(bytes.len() as u64);
    let reservation = match &opts.budget {
        None => None,
        Some(b) => Some(b.reserve(cost).ok_or_else(|| {
            ImageHashError::TooLarge(format!(
                "decoding {w}x{h} needs about {} MiB, over the {} MiB memory budget",
                cost >> 20,
                b.limit() >> 20
            ))
        })?),
    };
    let orientation = if opts.apply_exif_orientation {
        // A broken EXIF block is not a reason to lose the image: hash it as stored.
        decoder.orientation().ok()
    } else {
        None
    };
    let mut img = DynamicImage::from_decoder(decoder).map_err(map_image_error)?;
    if let Some(o) = orientation {
        img.apply_orientation(o);
    }
    let mut out = to_luma(img, opts.pil_compatible_16bit);
    out.reservation = reservation;
    Ok(out)
}

/// A file far too small to hold the image its header declares: a forged size (59 KB claiming
/// 11000 × 11000) or a cut file, which the decoder would pad out with made-up pixels after
/// allocating the whole image. The bounds are what the formats cannot beat, so no valid file is
/// refused: a Huffman-coded JPEG spends at least one bit on every 8 × 8 block of every
/// component (its DC code, even a one-bit code, even in a progressive first scan), and deflate
/// expands at most 1032 to 1 (PNG).
fn implausibly_small(
    format: Option<ImageFormat>,
    bytes: &[u8],
    w: u32,
    h: u32,
    decoded_bytes: u64,
) -> Option<String> {
    let (need, what) = match format {
        Some(ImageFormat::Jpeg) => (jpeg_blocks(bytes)?.div_ceil(8), "JPEG"),
        Some(ImageFormat::Png) => (decoded_bytes / 1032, "PNG"),
        _ => return None,
    };
    let file_bytes = bytes.len() as u64;
    (file_bytes < need).then(|| {
        format!(
            "{what} of {file_bytes} bytes cannot hold the {w}x{h} image its header declares \
             (at least {need} bytes): a forged size or a cut file"
        )
    })
}

/// The number of 8 × 8 blocks a Huffman-coded JPEG codes (ITU T.81, A.2), from its frame
/// header: for each component, its share of the image by its sampling factors. `None` for
/// arithmetic coding (which can spend less than a bit a block) or a header it cannot read.
fn jpeg_blocks(b: &[u8]) -> Option<u64> {
    let mut i = 2;
    while i + 4 <= b.len() {
        if b[i] != 0xFF {
            return None;
        }
        let marker = b[i + 1];
        if marker == 0xFF {
            i += 1;
            continue;
        }
        if matches!(marker, 0xD8 | 0x01 | 0xD0..=0xD7) {
            i += 2;
            continue;
        }
        let len = usize::from(u16::from_be_bytes([b[i + 2], b[i + 3]]));
        let seg = b.get(i + 4..i + 2 + len)?;
        match marker {
            // Huffman-coded frames: baseline, extended, progressive, lossless.
            0xC0..=0xC3 => {
                let y = u64::from(u16::from_be_bytes([*seg.get(1)?, *seg.get(2)?]));
                let x = u64::from(u16::from_be_bytes([*seg.get(3)?, *seg.get(4)?]));
                let n = usize::from(*seg.get(5)?);
                let comps = seg.get(6..6 + 3 * n)?;
                let factors: Vec<(u64, u64)> = comps
                    .chunks_exact(3)
                    .map(|c| (u64::from(c[1] >> 4), u64::from(c[1] & 15)))
                    .collect();
                let hmax = factors.iter().map(|f| f.0).max()?;
                let vmax = factors.iter().map(|f| f.1).max()?;
                if hmax == 0 || vmax == 0 || marker == 0xC3 {
                    return None;
                }
                let blocks = factors
                    .iter()
                    .map(|&(hc, vc)| {
                        (x * hc).div_ceil(hmax).div_ceil(8) * (y * vc).div_ceil(vmax).div_ceil(8)
                    })
                    .sum();
                return Some(blocks);
            }
            // Arithmetic-coded frames, or the scan before any frame header.
            0xC5..=0xC7 | 0xC9..=0xCB | 0xCD..=0xCF | 0xDA => return None,
            _ => i += 2 + len,
        }
    }
    None
}

/// Whether a JPEG's data reaches its end-of-image marker.
#[derive(Debug, PartialEq, Eq)]
enum Completeness {
    Complete,
    Truncated,
    /// The marker structure is not what the standard describes; the decoder is left to judge.
    Unknown,
}

/// Walks a JPEG's marker segments (ITU T.81, annex B) from its start: segments by their
/// length, entropy-coded data to the next marker that is neither a stuffed `FF 00` nor a
/// restart marker. Reaching the end of the bytes before `EOI` means the file was cut. Data
/// after `EOI` (a phone's appended video, a trailer) is not looked at; a thumbnail inside an
/// `APP1` segment is skipped with its segment.
fn jpeg_completeness(b: &[u8]) -> Completeness {
    use Completeness::*;
    if !b.starts_with(&[0xFF, 0xD8]) {
        return Unknown;
    }
    let len = b.len();
    let mut i = 2;
    loop {
        if i >= len {
            return Truncated;
        }
        if b[i] != 0xFF {
            return Unknown;
        }
        // Any number of 0xFF fill bytes may precede a marker.
        while i < len && b[i] == 0xFF {
            i += 1;
        }
        if i >= len {
            return Truncated;
        }
        let marker = b[i];
        i += 1;
        match marker {
            0xD9 => return Complete,
            // Markers without a length: SOI, TEM, RST0..7.
            0xD8 | 0x01 | 0xD0..=0xD7 => continue,
            0x00 => return Unknown,
            _ => {}
        }
        if i + 2 > len {
            return Truncated;
        }
        let seg = usize::from(u16::from_be_bytes([b[i], b[i + 1]]));
        if seg < 2 {
            return Unknown;
        }
        i += seg;
        if i > len {
            return Truncated;
        }
        if marker == 0xDA {
            // Entropy-coded data: runs to the next real marker.
            loop {
                match b[i..].iter().position(|&x| x == 0xFF) {
                    None => return Truncated,
                    Some(p) => i += p,
                }
                let Some(&next) = b.get(i + 1) else {
                    return Truncated;
                };
                match next {
                    0x00 | 0xD0..=0xD7 => i += 2,
                    0xFF => i += 1,
                    _ => break,
                }
            }
        }
    }
}

fn map_image_error(e: image::ImageError) -> ImageHashError {
    match e {
        image::ImageError::Limits(l) => ImageHashError::TooLarge(l.to_string()),
        image::ImageError::Unsupported(u) => ImageHashError::Unsupported(u.to_string()),
        other => ImageHashError::Decode(other.to_string()),
    }
}

/// Luminance of every pixel. 8-bit images are read in place; other layouts (16-bit, float) are
/// first reduced to 8-bit RGB, as the reference hashes 8-bit RGB. Alpha is ignored, not
/// composited, again as the reference (PIL's `convert("RGB")`) does.
///
/// `pil_16bit`: 16-bit samples are reduced as PIL reduces them (see
/// [`DecodeOptions::pil_compatible_16bit`]): grey clipped at 255, anything else its high byte.
fn to_luma(img: DynamicImage, pil_16bit: bool) -> LumaImage {
    let (width, height) = (img.width() as usize, img.height() as usize);
    let clip = |v: u16| v.min(255) as u8;
    let high = |v: u16| (v >> 8) as u8;
    let luma_buf: Vec<f32> = match img {
        DynamicImage::ImageLuma16(b) if pil_16bit => b
            .as_raw()
            .iter()
            .map(|&v| luma(clip(v), clip(v), clip(v)))
            .collect(),
        DynamicImage::ImageLumaA16(b) if pil_16bit => b
            .as_raw()
            .chunks_exact(2)
            .map(|p| luma(high(p[0]), high(p[0]), high(p[0])))
            .collect(),
        DynamicImage::ImageRgb16(b) if pil_16bit => b
            .as_raw()
            .chunks_exact(3)
            .map(|p| luma(high(p[0]), high(p[1]), high(p[2])))
            .collect(),
        DynamicImage::ImageRgba16(b) if pil_16bit => b
            .as_raw()
            .chunks_exact(4)
            .map(|p| luma(high(p[0]), high(p[1]), high(p[2])))
            .collect(),
        DynamicImage::ImageLuma8(b) => b.as_raw().iter().map(|&l| luma(l, l, l)).collect(),
        DynamicImage::ImageLumaA8(b) => b
            .as_raw()
            .chunks_exact(2)
            .map(|p| luma(p[0], p[0], p[0]))
            .collect(),
        DynamicImage::ImageRgb8(b) => b
            .as_raw()
            .chunks_exact(3)
            .map(|p| luma(p[0], p[1], p[2]))
            .collect(),
        DynamicImage::ImageRgba8(b) => b
            .as_raw()
            .chunks_exact(4)
            .map(|p| luma(p[0], p[1], p[2]))
            .collect(),
        other => other
            .to_rgb8()
            .as_raw()
            .chunks_exact(3)
            .map(|p| luma(p[0], p[1], p[2]))
            .collect(),
    };
    LumaImage {
        width,
        height,
        luma: luma_buf,
        reservation: None,
    }
}

/// Whether the file starts like an image of a known format (by content, not by name): lets a
/// caller tell an image query from a text file of hashes.
pub fn looks_like_image(path: &Path) -> std::io::Result<bool> {
    let mut head = [0u8; 32];
    let mut file = std::fs::File::open(path)?;
    let mut n = 0;
    while n < head.len() {
        let m = file.read(&mut head[n..])?;
        if m == 0 {
            break;
        }
        n += m;
    }
    Ok(image::guess_format(&head[..n]).is_ok())
}
