//! Every supported container and colour mode hashes to what the pixels hash to: synthetic
//! images encoded losslessly as PNG (8/16-bit, grey, alpha, palette via GIF), BMP, TIFF, GIF.

use image::{DynamicImage, ImageBuffer, ImageFormat, Luma, Rgb};
use plainsight_imagehash::{hash_bytes, hash_rgb8, DecodeOptions, PdqOutput};
use std::io::Cursor;

const W: u32 = 150;
const H: u32 = 97;

/// A synthetic scene with structure at several scales (so the hash is not degenerate).
fn grey(x: u32, y: u32) -> u8 {
    let checker = if (x / 20 + y / 15) & 1 == 0 { 0x40 } else { 0 };
    let v = ((x * 3 + y * 2) % 256) ^ checker;
    v as u8
}

fn encode(img: &DynamicImage, format: ImageFormat) -> Vec<u8> {
    let mut out = Cursor::new(Vec::new());
    img.write_to(&mut out, format).expect("encodes");
    out.into_inner()
}

fn expected_grey() -> PdqOutput {
    let rgb: Vec<u8> = (0..H)
        .flat_map(|y| (0..W).flat_map(move |x| [grey(x, y); 3]))
        .collect();
    hash_rgb8(&rgb, W as usize, H as usize).expect("valid")
}

#[test]
fn grey_image_in_every_container() {
    let want = expected_grey();
    assert!(
        want.quality > 50,
        "synthetic scene too flat: {}",
        want.quality
    );
    let l8: ImageBuffer<Luma<u8>, Vec<u8>> = ImageBuffer::from_fn(W, H, |x, y| Luma([grey(x, y)]));
    let l8 = DynamicImage::ImageLuma8(l8);
    let rgb = DynamicImage::ImageRgb8(l8.to_rgb8());
    let rgba = DynamicImage::ImageRgba8(l8.to_rgba8());
    let la = DynamicImage::ImageLumaA8(l8.to_luma_alpha8());
    let opts = DecodeOptions::default();
    let cases = [
        ("png L8", encode(&l8, ImageFormat::Png)),
        ("png LA8", encode(&la, ImageFormat::Png)),
        ("png RGB8", encode(&rgb, ImageFormat::Png)),
        ("png RGBA8", encode(&rgba, ImageFormat::Png)),
        ("bmp RGB8", encode(&rgb, ImageFormat::Bmp)),
        ("tiff RGB8", encode(&rgb, ImageFormat::Tiff)),
        ("tiff L8", encode(&l8, ImageFormat::Tiff)),
        // GIF is palette-based; a grey image has at most 256 colours, so it is lossless.
        ("gif palette", encode(&rgba, ImageFormat::Gif)),
    ];
    for (name, bytes) in cases {
        let got = hash_bytes(&bytes, &opts).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(got, want, "{name}");
    }
}

#[test]
fn sixteen_bit_png_scales_by_default_and_clips_in_pil_mode() {
    let l16: ImageBuffer<Luma<u16>, Vec<u16>> =
        ImageBuffer::from_fn(W, H, |x, y| Luma([u16::from(grey(x, y)) * 257]));
    let bytes = encode(&DynamicImage::ImageLuma16(l16), ImageFormat::Png);
    let scaled = hash_bytes(&bytes, &DecodeOptions::default()).expect("decodes");
    assert_eq!(scaled, expected_grey());
    let pil = DecodeOptions {
        pil_compatible_16bit: true,
        ..DecodeOptions::default()
    };
    let clipped = hash_bytes(&bytes, &pil).expect("decodes");
    // Almost every value is over 255, so PIL's reduction is near-white: low quality.
    assert!(
        clipped.quality < scaled.quality,
        "{} vs {}",
        clipped.quality,
        scaled.quality
    );
}

#[test]
fn sixteen_bit_rgb_png_decodes() {
    let img: ImageBuffer<Rgb<u16>, Vec<u16>> = ImageBuffer::from_fn(W, H, |x, y| {
        let g = u16::from(grey(x, y)) * 257;
        Rgb([g, g, g])
    });
    let bytes = encode(&DynamicImage::ImageRgb16(img), ImageFormat::Png);
    assert_eq!(
        hash_bytes(&bytes, &DecodeOptions::default()).expect("decodes"),
        expected_grey()
    );
}
