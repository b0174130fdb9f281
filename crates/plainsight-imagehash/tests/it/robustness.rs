//! Hostile and broken files give a per-file error, never a panic, in bounded memory.

use plainsight_imagehash::{decode_bytes, hash_bytes, hash_file, DecodeOptions, ImageHashError};
use proptest::prelude::*;
use std::path::Path;

fn data(p: &str) -> Vec<u8> {
    std::fs::read(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/data/pdq/images")
            .join(p),
    )
    .expect("vendored")
}

#[test]
fn zero_byte_file_is_an_error() {
    let err = hash_bytes(&[], &DecodeOptions::default()).expect_err("empty");
    assert!(matches!(err, ImageHashError::Decode(_)), "{err}");
}

#[test]
fn truncated_files_are_errors() {
    for f in [
        "pytx-resources/rgb.jpeg",
        "pytx-resources/LA.png",
        "pytx-resources/I16.png",
        "misc-images/wee.jpg",
        "bridge-mods/square-256x256.jpg",
        "reg-test-input/dih/bridge-1-original.jpg",
    ] {
        let bytes = data(f);
        assert!(hash_bytes(&bytes, &DecodeOptions::default()).is_ok(), "{f}");
        // The JPEG decoder fills a cut scan with made-up pixels and says nothing; a cut file
        // must be an error, not a hash of half an image at full quality.
        for cut in [8, 100, bytes.len() / 2, bytes.len() - 20] {
            let err = hash_bytes(&bytes[..cut], &DecodeOptions::default())
                .expect_err(&format!("{f} cut at {cut}"));
            assert!(matches!(err, ImageHashError::Decode(_)), "{f}: {err}");
        }
    }
}

/// Data after the end-of-image marker (a phone's appended video, a trailer) is not a cut, even
/// when it holds bytes that look like JPEG markers.
#[test]
fn data_after_the_end_of_a_jpeg_is_ignored() {
    let bytes = data("bridge-mods/square-256x256.jpg");
    let want = hash_bytes(&bytes, &DecodeOptions::default()).expect("decodes");
    let mut trailed = bytes.clone();
    trailed.extend_from_slice(b"\xFF\xDA\x00\x08trailer\xFF\xD8\xFF\xE1 junk");
    assert_eq!(
        hash_bytes(&trailed, &DecodeOptions::default()).expect("decodes"),
        want
    );
}

/// Parallel decodes share a memory budget: reservations never exceed it, an image larger than
/// the whole budget runs alone, and everything is given back.
#[test]
fn memory_budget_bounds_parallel_decodes() {
    use plainsight_imagehash::MemoryBudget;
    use std::sync::atomic::{AtomicU64, Ordering};
    use std::sync::Arc;
    let budget = MemoryBudget::new(1000);
    let peak = Arc::new(AtomicU64::new(0));
    std::thread::scope(|s| {
        for i in 0..8u64 {
            let budget = Arc::clone(&budget);
            let peak = Arc::clone(&peak);
            s.spawn(move || {
                for _ in 0..50 {
                    let r = budget.reserve(300 + i * 100).expect("within the budget");
                    peak.fetch_max(budget.in_use(), Ordering::SeqCst);
                    std::thread::yield_now();
                    drop(r);
                }
            });
        }
    });
    assert!(peak.load(Ordering::SeqCst) <= 1000);
    assert_eq!(budget.in_use(), 0);
    assert!(budget.reserve(1001).is_none(), "more than the whole budget");
    // A decode reserves from the header, holds it through the hash, gives it back.
    let opts = DecodeOptions {
        budget: Some(MemoryBudget::new(64 << 20)),
        ..DecodeOptions::default()
    };
    let decoded =
        plainsight_imagehash::decode_bytes(&data("bridge-mods/square-512x512.jpg"), &opts)
            .expect("decodes");
    let budget = opts.budget.as_ref().expect("set");
    // 512 × 512 RGB: twice the buffer, the RGB copy and the floats, and the file.
    assert!(
        budget.in_use() >= 512 * 512 * (6 + 7),
        "{}",
        budget.in_use()
    );
    assert!(decoded.into_dct().is_some());
    assert_eq!(budget.in_use(), 0);
    // An image that needs more than the whole budget is refused, not decoded.
    let small = DecodeOptions {
        budget: Some(MemoryBudget::new(1 << 20)),
        ..DecodeOptions::default()
    };
    let err = hash_bytes(&data("bridge-mods/square-512x512.jpg"), &small).expect_err("over");
    assert!(matches!(err, ImageHashError::TooLarge(_)), "{err}");
}

#[test]
fn png_named_jpg_is_sniffed_from_content() {
    let dir = std::env::temp_dir().join(format!("plainsight-imagehash-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("tmp");
    let path = dir.join("really-a-png.jpg");
    std::fs::write(&path, data("pytx-resources/LA.png")).expect("write");
    let by_name = hash_file(&path, &DecodeOptions::default()).expect("decodes despite its name");
    let direct =
        hash_bytes(&data("pytx-resources/LA.png"), &DecodeOptions::default()).expect("decodes");
    assert_eq!(by_name, direct);
    let text = dir.join("notes.png");
    std::fs::write(&text, b"hello, not an image").expect("write");
    let err = hash_file(&text, &DecodeOptions::default()).expect_err("text");
    assert!(matches!(err, ImageHashError::Unsupported(_)), "{err}");
    std::fs::remove_dir_all(&dir).ok();
}

/// A PNG whose header declares 100,000 × 100,000 pixels (40 GB as RGBA): refused from the
/// header, before any pixel buffer exists.
#[test]
fn enormous_declared_png_is_refused_before_allocation() {
    let mut png = Vec::new();
    png.extend_from_slice(b"\x89PNG\r\n\x1a\n");
    let mut ihdr = Vec::new();
    ihdr.extend_from_slice(&100_000u32.to_be_bytes());
    ihdr.extend_from_slice(&100_000u32.to_be_bytes());
    ihdr.extend_from_slice(&[8, 6, 0, 0, 0]);
    png.extend_from_slice(&(ihdr.len() as u32).to_be_bytes());
    let mut chunk = b"IHDR".to_vec();
    chunk.extend_from_slice(&ihdr);
    png.extend_from_slice(&chunk);
    png.extend_from_slice(&crc32(&chunk).to_be_bytes());
    // A token IDAT so the decoder gets past the header.
    let idat = [b'I', b'D', b'A', b'T', 0x78, 0x9c, 0x03, 0x00];
    png.extend_from_slice(&4u32.to_be_bytes());
    png.extend_from_slice(&idat);
    png.extend_from_slice(&crc32(&idat).to_be_bytes());
    png.extend_from_slice(&[0, 0, 0, 0]);
    png.extend_from_slice(b"IEND");
    png.extend_from_slice(&crc32(b"IEND").to_be_bytes());
    let err = hash_bytes(&png, &DecodeOptions::default()).expect_err("bomb");
    assert!(matches!(err, ImageHashError::TooLarge(_)), "{err}");
}

/// A JPEG whose SOF declares 65,000 × 65,000: the same, through the JPEG path.
#[test]
fn enormous_declared_jpeg_is_refused() {
    let mut jpg = data("misc-images/small.jpg");
    // Patch the first SOF0/SOF2 frame header's height and width.
    let pos = jpg
        .windows(2)
        .position(|w| w == [0xFF, 0xC0] || w == [0xFF, 0xC2])
        .expect("SOF");
    jpg[pos + 5..pos + 7].copy_from_slice(&65_000u16.to_be_bytes());
    jpg[pos + 7..pos + 9].copy_from_slice(&65_000u16.to_be_bytes());
    let err = hash_bytes(&jpg, &DecodeOptions::default()).expect_err("bomb");
    assert!(matches!(err, ImageHashError::TooLarge(_)), "{err}");
}

/// A small JPEG whose SOF claims 11,000 × 11,000 (under the pixel cap): the decoder would
/// allocate the whole image (850 MB) and pad it with made-up pixels. Refused from the header:
/// no JPEG can hold that many blocks in so few bytes.
#[test]
fn small_file_claiming_a_huge_size_is_refused() {
    let mut jpg = data("misc-images/small.jpg");
    let pos = jpg
        .windows(2)
        .position(|w| w == [0xFF, 0xC0] || w == [0xFF, 0xC2])
        .expect("SOF");
    jpg[pos + 5..pos + 7].copy_from_slice(&11_000u16.to_be_bytes());
    jpg[pos + 7..pos + 9].copy_from_slice(&11_000u16.to_be_bytes());
    let budget = plainsight_imagehash::MemoryBudget::new(u64::MAX);
    let opts = DecodeOptions {
        budget: Some(budget.clone()),
        ..DecodeOptions::default()
    };
    let err = hash_bytes(&jpg, &opts).expect_err("forged size");
    assert!(err.to_string().contains("cannot hold"), "{err}");
    assert_eq!(budget.in_use(), 0);
    // The real size decodes.
    assert!(hash_bytes(&data("misc-images/small.jpg"), &opts).is_ok());
}

/// A regular file over the cap is refused from its size, before a byte is read.
#[test]
fn file_size_is_checked_before_reading() {
    let dir = std::env::temp_dir().join(format!("plainsight-imagehash-cap-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("tmp");
    let path = dir.join("big.jpg");
    std::fs::write(&path, data("pytx-resources/rgb.jpeg")).expect("write");
    let opts = DecodeOptions {
        max_file_bytes: 100,
        ..DecodeOptions::default()
    };
    let err = hash_file(&path, &opts).expect_err("over cap");
    assert!(err.to_string().contains("file of 40022 bytes"), "{err}");
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn byte_cap_is_enforced() {
    let opts = DecodeOptions {
        max_file_bytes: 100,
        ..DecodeOptions::default()
    };
    let err = hash_bytes(&data("pytx-resources/rgb.jpeg"), &opts).expect_err("over cap");
    assert!(matches!(err, ImageHashError::TooLarge(_)), "{err}");
}

fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = 0xFFFF_FFFFu32;
    for &b in bytes {
        crc ^= u32::from(b);
        for _ in 0..8 {
            crc = if crc & 1 == 1 {
                (crc >> 1) ^ 0xEDB8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]
    /// Arbitrary bytes, and valid files with bytes overwritten: never a panic.
    #[test]
    fn decode_never_panics_on_arbitrary_bytes(bytes in prop::collection::vec(any::<u8>(), 0..4096)) {
        let _ = decode_bytes(&bytes, &DecodeOptions::default());
    }

    #[test]
    fn decode_never_panics_on_corrupted_images(
        which in 0usize..4,
        edits in prop::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 1..16),
    ) {
        let files = ["misc-images/small.jpg", "pytx-resources/random_image_from_test.png", "bridge-mods/shrink-a-lot.jpg", "reg-test-input/labelme-subset/q0003.jpg"];
        let mut bytes = data(files[which]);
        for (i, v) in edits {
            let at = i.index(bytes.len());
            bytes[at] = v;
        }
        let opts = DecodeOptions { max_pixels: 4_000_000, ..DecodeOptions::default() };
        let _ = hash_bytes(&bytes, &opts);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]
    /// The eight turned hashes of any image shape, one-pixel lines included: never a panic,
    /// the first is the image's own hash, and a buffer of the wrong size is refused.
    #[test]
    fn pixel_dihedrals_of_any_shape(
        (rows, cols, pixels) in (1usize..70, 1usize..70).prop_flat_map(|(r, c)| {
            (Just(r), Just(c), prop::collection::vec(any::<u8>(), r * c))
        }),
    ) {
        let luma: Vec<f32> = pixels.iter().map(|&v| f32::from(v)).collect();
        let all = plainsight_imagehash::PdqDct::from_luma_dihedrals(&luma, rows, cols)
            .expect("a non-empty buffer of the right size");
        let mut own = luma.clone();
        let plain = plainsight_imagehash::PdqDct::from_luma(&mut own, rows, cols).unwrap();
        prop_assert_eq!(all[0].1.output(), plain.output());
        prop_assert!(plainsight_imagehash::PdqDct::from_luma_dihedrals(&luma, rows, cols + 1).is_none());
    }
}
