//! Every language file parses, each code fires on each of the file's own examples and on none
//! of its counter-examples, and each post-type example is classified as its type.

use plainsight_indicators::{spec, Evaluator, LanguagePack, PostType, REGISTRY};

/// The post type an example of `code` is evaluated as: the first type the code reads (the
/// examples test the patterns; `post_type_examples` test the classifier).
fn home_type(code: &str) -> PostType {
    spec(code).map_or(PostType::Other, |s| s.reads[0])
}

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
                let e = ev.evaluate_as(&crate::post(text), &[], home_type(code));
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
fn no_language_counter_example_fires() {
    // With every language loaded, as `scan` runs: the rules of meaning are merged.
    let ev = crate::evaluator();
    let mut failures = Vec::new();
    for pack in LanguagePack::embedded() {
        for (code, texts) in &pack.not_examples {
            for text in texts {
                let e = ev.evaluate(&crate::post(text), &[]);
                if e.indicators.iter().any(|h| &h.code == code) {
                    failures.push(format!(
                        "{}: {code} fired on {text:?} (a {})",
                        pack.language, e.post_type.kind
                    ));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{failures:#?}");
}

#[test]
fn every_post_type_example_is_classified_as_its_type() {
    let mut failures = Vec::new();
    for pack in LanguagePack::embedded() {
        for t in PostType::ALL {
            let texts = pack.post_type_examples.get(t.as_str());
            assert!(
                texts.is_some_and(|v| !v.is_empty()),
                "{} has no post_type_examples for {t}",
                pack.language
            );
            for text in texts.into_iter().flatten() {
                let got = crate::evaluator().classify(&crate::post(text));
                if got.kind != t {
                    failures.push(format!(
                        "{}: {text:?} is {} (scores {:?}), expected {t}",
                        pack.language, got.kind, got.scores
                    ));
                }
                if t != PostType::Other && got.evidence.is_empty() {
                    failures.push(format!("{}: {text:?} has no evidence", pack.language));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{failures:#?}");
}

/// The failure classes of real ads, each with counter-examples in every language: refusals and
/// negation of a photo request (J007), terms of address that are not a third party (S007),
/// hygiene that is not youth (S003), decoration that is not a code (S004), an escort's
/// description of herself that is not a job requirement (J006).
#[test]
fn every_language_has_counter_examples_for_each_failure_class() {
    for pack in LanguagePack::embedded() {
        for code in ["J006", "J007", "S003", "S004", "S007"] {
            assert!(
                pack.not_examples.get(code).is_some_and(|v| !v.is_empty()),
                "{} has no not_examples for {code}",
                pack.language
            );
        }
        for list in [
            &pack.scope.negators,
            &pack.scope.refusers,
            &pack.scope.address,
            &pack.scope.possessives,
            &pack.scope.hygiene,
        ] {
            assert!(!list.is_empty(), "{}: an empty [scope] list", pack.language);
        }
    }
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
        crate::codes(&ev.evaluate_as(&crate::post("Jungfrau!"), &[], PostType::SexAd)),
        ["S003"]
    );
    std::fs::remove_dir_all(&dir).ok();
}
