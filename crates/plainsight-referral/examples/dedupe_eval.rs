//! Measures the duplicate-organisation rule against an organisation map with name variants
//! (the Somalia humanitarian `org-map.json`: entries with `name`, `shortname`, `synonyms`).
//! Usage: `cargo run -p plainsight-referral --example dedupe_eval -- org-map.json`.
//! Prints recall (variant pairs the rule joins) and the pairs it joins across different
//! entries (false positives, unless the map itself holds a duplicate).

use plainsight_referral::dedupe::{find_duplicates, name_key, same_organization};

fn main() {
    let path = std::env::args().nth(1).expect("path to org-map.json");
    let v: serde_json::Value =
        serde_json::from_slice(&std::fs::read(path).expect("readable")).expect("JSON");
    let map = v.as_object().expect("an object of organisations");
    let (mut pairs, mut joined) = (0usize, 0usize);
    // Spelling variants proper: neither side acronym-like, and at least half of the shorter
    // name's words shared.
    let (mut spell_pairs, mut spell_joined) = (0usize, 0usize);
    let mut missed = Vec::new();
    let mut canon: Vec<String> = Vec::new();
    for (key, e) in map {
        let name = e
            .get("name")
            .and_then(|n| n.as_str())
            .unwrap_or(key)
            .to_string();
        canon.push(name.clone());
        let mut variants: Vec<String> = e
            .get("synonyms")
            .and_then(|s| s.as_array())
            .into_iter()
            .flatten()
            .filter_map(|s| s.as_str())
            // Long "synonyms" are descriptions, not names.
            .filter(|s| s.chars().count() <= 80)
            .map(str::to_string)
            .collect();
        if let Some(s) = e.get("shortname").and_then(|s| s.as_str()) {
            variants.push(s.to_string());
        }
        variants.push(key.clone());
        variants.sort();
        variants.dedup();
        for var in variants.iter().filter(|v| **v != name) {
            pairs += 1;
            let (ka, kb) = (name_key(&name), name_key(var));
            let shared = ka.words.iter().filter(|w| kb.words.contains(w)).count();
            let spelling = !ka.single_word
                && !kb.single_word
                && shared * 2 >= ka.words.len().min(kb.words.len()).max(1);
            let hit = same_organization(&ka, &kb).is_some();
            if spelling {
                spell_pairs += 1;
                spell_joined += usize::from(hit);
            }
            if hit {
                joined += 1;
            } else if spelling && missed.len() < 40 {
                missed.push(format!("{name:?} / {var:?}"));
            }
        }
    }
    let refs: Vec<&str> = canon.iter().map(String::as_str).collect();
    let dups = find_duplicates(&refs);
    println!("entries {}", canon.len());
    println!(
        "variant pairs {pairs}, joined {joined} ({:.1}%)",
        100.0 * joined as f64 / pairs.max(1) as f64
    );
    println!(
        "spelling-variant pairs {spell_pairs}, joined {spell_joined} ({:.1}%)",
        100.0 * spell_joined as f64 / spell_pairs.max(1) as f64
    );
    println!("pairs joined across different entries: {}", dups.len());
    for (a, b, m) in dups.iter().take(40) {
        println!("  {:?} ~ {:?} ({})", canon[*a], canon[*b], m.describe());
    }
    println!("some missed variant pairs:");
    for m in missed {
        println!("  {m}");
    }
}
