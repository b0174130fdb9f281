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
fn sixteen_bit_grey_is_clipped_as_pil_does_unless_scaling_is_asked() {
    let l16: ImageBuffer<Luma<u16>, Vec<u16>> =
        ImageBuffer::from_fn(W, H, |x, y| Luma([u16::from(grey(x, y)) * 257]));
    let bytes = encode(&DynamicImage::ImageLuma16(l16), ImageFormat::Png);
    let scale = DecodeOptions {
        pil_compatible_16bit: false,
        ..DecodeOptions::default()
    };
    let scaled = hash_bytes(&bytes, &scale).expect("decodes");
    assert_eq!(scaled, expected_grey());
    // PIL opens 16-bit grey PNG as mode I;16 and convert("RGB") clips at 255: every value
    // over 255 becomes white. That is what python-threatexchange hashed (I16.png, quality 36).
    let clipped = hash_bytes(&bytes, &DecodeOptions::default()).expect("decodes");
    let white_above_255: Vec<u8> = (0..H)
        .flat_map(|y| {
            (0..W).flat_map(move |x| {
                let v = (u16::from(grey(x, y)) * 257).min(255) as u8;
                [v; 3]
            })
        })
        .collect();
    assert_eq!(
        clipped,
        hash_rgb8(&white_above_255, W as usize, H as usize).expect("valid")
    );
    assert!(clipped.quality < scaled.quality);
}

/// PIL reads 16-bit colour and grey+alpha PNGs (raw modes `RGB;16B`, `LA;16B`) by keeping each
/// sample's high byte, where scaling (`v / 257`, rounded) gives one more for the upper half of
/// values such as `257 g + 128`.
#[test]
fn sixteen_bit_colour_keeps_the_high_byte_as_pil_does() {
    let v = |x: u32, y: u32| 257 * u16::from(grey(x, y).min(254)) + 128;
    let rgb16: ImageBuffer<Rgb<u16>, Vec<u16>> = ImageBuffer::from_fn(W, H, |x, y| {
        let g = v(x, y);
        Rgb([g, g / 2, g / 3])
    });
    let la16: ImageBuffer<image::LumaA<u16>, Vec<u16>> =
        ImageBuffer::from_fn(W, H, |x, y| image::LumaA([v(x, y), 40_000]));
    let high = |g: u16| (g >> 8) as u8;
    let want_rgb: Vec<u8> = (0..H)
        .flat_map(|y| {
            (0..W).flat_map(move |x| {
                let g = v(x, y);
                [high(g), high(g / 2), high(g / 3)]
            })
        })
        .collect();
    let want_la: Vec<u8> = (0..H)
        .flat_map(|y| (0..W).flat_map(move |x| [high(v(x, y)); 3]))
        .collect();
    for (name, img, want) in [
        ("rgb16", DynamicImage::ImageRgb16(rgb16), want_rgb),
        ("la16", DynamicImage::ImageLumaA16(la16), want_la),
    ] {
        let bytes = encode(&img, ImageFormat::Png);
        let got = hash_bytes(&bytes, &DecodeOptions::default()).expect("decodes");
        let want = hash_rgb8(&want, W as usize, H as usize).expect("valid");
        assert_eq!(got, want, "{name}");
    }
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
