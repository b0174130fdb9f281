//! Decoding untrusted image files into a luminance buffer, with bounds.
//!
//! Images come from scraped sites and are hostile input: `image` has open reports of crafted
//! files that crash or exhaust memory in some decoders. So every file is read under a byte cap,
//! its format is sniffed from its content (a PNG named `.jpg` still decodes), its declared size
//! is checked against a pixel cap *before* any pixel buffer is allocated, the decoders run under
//! `image::Limits`, and a panic inside a decoder becomes a per-file error.

use crate::error::ImageHashError;
use crate::pdq::{luma, PdqDct};
use image::{DynamicImage, ImageDecoder, ImageReader, Limits};
use std::io::{BufReader, Cursor, Read};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::Path;

/// Bounds and switches for decoding. The defaults admit any real photograph (a 100-megapixel
/// camera) and refuse decompression bombs.
#[derive(Clone, Debug)]
pub struct DecodeOptions {
    /// Largest file read, in bytes.
    pub max_file_bytes: u64,
    /// Largest `width × height` accepted, checked from the header before decoding.
    pub max_pixels: u64,
    /// Largest memory the decoder may allocate, in bytes (`image::Limits::max_alloc`).
    pub max_decoder_alloc: u64,
    /// Apply the EXIF orientation (JPEG, WebP, TIFF, PNG `eXIf`) before hashing, so the hash is
    /// that of the image as a viewer shows it. The reference hashers (CImg, PIL without
    /// `exif_transpose`) ignore it; turn this off to reproduce their hashes.
    pub apply_exif_orientation: bool,
    /// Reduce 16-bit grey images the way PIL's `convert("RGB")` does (values clipped at 255)
    /// instead of scaling them (`v / 257`). Scaling is what the image looks like; clipping
    /// reproduces hashes made by python-threatexchange / HMA, which decode with PIL.
    pub pil_compatible_16bit: bool,
}

impl Default for DecodeOptions {
    fn default() -> Self {
        DecodeOptions {
            max_file_bytes: 256 << 20,
            max_pixels: 128_000_000,
            max_decoder_alloc: 2 << 30,
            apply_exif_orientation: true,
            pil_compatible_16bit: false,
        }
    }
}

/// A luminance image: row-major `height × width` floats, 0..=255.
pub struct LumaImage {
    pub width: usize,
    pub height: usize,
    pub luma: Vec<f32>,
}

impl LumaImage {
    /// The PDQ DCT of this image (consumes the buffer as scratch).
    pub fn into_dct(mut self) -> Option<PdqDct> {
        PdqDct::from_luma(&mut self.luma, self.height, self.width)
    }
}

/// Reads and decodes a file (see [`decode_bytes`]).
pub fn decode_file(path: &Path, opts: &DecodeOptions) -> Result<LumaImage, ImageHashError> {
    let file = std::fs::File::open(path).map_err(|e| ImageHashError::Io {
        what: "cannot open image".into(),
        source: e,
    })?;
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
    Ok(to_luma(img, opts.pil_compatible_16bit))
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
fn to_luma(img: DynamicImage, pil_16bit: bool) -> LumaImage {
    let (width, height) = (img.width() as usize, img.height() as usize);
    let clip = |v: u16| v.min(255) as u8;
    let luma_buf: Vec<f32> = match img {
        DynamicImage::ImageLuma16(b) if pil_16bit => b
            .as_raw()
            .iter()
            .map(|&v| luma(clip(v), clip(v), clip(v)))
            .collect(),
        DynamicImage::ImageLumaA16(b) if pil_16bit => b
            .as_raw()
            .chunks_exact(2)
            .map(|p| luma(clip(p[0]), clip(p[0]), clip(p[0])))
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
