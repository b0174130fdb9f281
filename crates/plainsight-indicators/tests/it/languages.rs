//! Every language file parses, and each code fires on each of the file's own examples.

use plainsight_indicators::{Evaluator, LanguagePack, REGISTRY};

#[test]
fn every_language_example_fires() {
    let packs = LanguagePack::embedded();
    assert!(packs.len() >= 5);
    let mut failures = Vec::new();
    for pack in &packs {
        let ev = Evaluator::with_languages(std::slice::from_ref(pack)).expect("pack compiles");
        assert!(
            !pack.examples.is_empty(),
            "{} has no examples",
            pack.language
        );
        for (code, texts) in &pack.examples {
            for text in texts {
                let e = ev.evaluate(&crate::post(text), &[]);
                if !e.indicators.iter().any(|h| &h.code == code) {
                    failures.push(format!(
                        "{}: {code} did not fire on {text:?} (fired: {:?})",
                        pack.language,
                        crate::codes(&e)
                    ));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{failures:#?}");
}

#[test]
fn every_language_covers_every_text_indicator() {
    for pack in LanguagePack::embedded() {
        for spec in REGISTRY {
            if spec.detector == plainsight_indicators::Detector::Patterns {
                assert!(
                    pack.patterns.contains_key(spec.code),
                    "{} lacks patterns for {}",
                    pack.language,
                    spec.code
                );
                assert!(
                    pack.examples.contains_key(spec.code),
                    "{} lacks examples for {}",
                    pack.language,
                    spec.code
                );
            }
        }
        assert!(
            !pack.cues.age.is_empty() && !pack.cues.pay.is_empty(),
            "{}",
            pack.language
        );
    }
}

#[test]
fn bad_language_files_are_errors_not_panics() {
    assert!(LanguagePack::parse("x", "language = ").is_err());
    assert!(LanguagePack::parse("x", "language='xx'\nname='X'\n[patterns]\nZ999=['a']").is_err());
    assert!(LanguagePack::parse("x", "language='xx'\nname='X'\n[patterns]\nS001=['a']").is_err());
    let bad = LanguagePack::parse("x", "language='xx'\nname='X'\n[patterns]\nS003=['(']").unwrap();
    let err = Evaluator::with_languages(&[bad]).unwrap_err().to_string();
    assert!(err.contains("S003"), "{err}");
}

#[test]
fn a_language_can_be_loaded_from_a_file() {
    let dir = std::env::temp_dir().join(format!("ps-ind-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("xx.toml");
    std::fs::write(
        &path,
        "language='xx'\nname='Test'\n[patterns]\nS003=['\\bjungfrau\\b']\n",
    )
    .unwrap();
    let pack = LanguagePack::load(&path).unwrap();
    let ev = Evaluator::with_languages(&[pack]).unwrap();
    assert_eq!(
        crate::codes(&ev.evaluate(&crate::post("Jungfrau!"), &[])),
        ["S003"]
    );
    std::fs::remove_dir_all(&dir).ok();
}
