//! Seeded generator: random valid numbers (from the example list) rendered in random
//! obfuscations inside random multilingual sentences with decoys, plus decoy-only sentences.
//! Recall and precision must stay at or above 0.99. Deterministic (fixed seed).

use plainsight_phone::{find_phones, PhoneContext};
use rlibphonenumber::{PhoneNumberFormat, PHONE_NUMBER_UTIL};

use crate::example_numbers;

/// SplitMix64 (Steele, Lea, Flood 2014): small, seeded, good enough for test generation.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
    fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }
}

const WORDS: [[&str; 10]; 4] = [
    [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
    ],
    [
        "cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve",
    ],
    [
        "zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf",
    ],
    [
        "zero", "um", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove",
    ],
];

/// Renders one digit in a style.
fn digit(d: u32, style: usize, lang: usize, rng: &mut Rng) -> String {
    let c = char::from_digit(d, 10).unwrap_or('0');
    let offset = |zero: u32| {
        char::from_u32(zero + d)
            .map(String::from)
            .unwrap_or_default()
    };
    match style {
        0 => c.to_string(),
        1 => offset(0xFF10),  // full-width
        2 => offset(0x1D7CE), // mathematical bold
        3 => offset(0x0660),  // Arabic-Indic
        4 => offset(0x0966),  // Devanagari
        5 => format!("{c}\u{FE0F}\u{20E3}"),
        6 => format!(" {} ", WORDS[lang][d as usize]),
        7 => {
            if d == 0 {
                "⓪".to_string()
            } else {
                offset(0x2460 - 1)
            }
        }
        // Mixed: plain, a word glued in, or a look-alike letter.
        _ => match (rng.below(4), d) {
            (0, _) => WORDS[lang][d as usize].to_string(),
            (1, 0) => "O".to_string(),
            (1, 1) => "l".to_string(),
            _ => c.to_string(),
        },
    }
}

const SEPARATORS: &[&str] = &[" ", "-", ".", " - ", "🌹", "/", "  ", "•", "_", " 💋 ", ")"];

/// Renders a formatted number ("+44 7400 123456", "(713) 555-0123") in a random disguise.
fn render(formatted: &str, rng: &mut Rng) -> String {
    let style = rng.below(9);
    let lang = rng.below(4);
    let new_sep = rng.chance(40).then(|| *rng.pick(SEPARATORS));
    let zero_width = rng.chance(10);
    let mut out = String::new();
    for c in formatted.chars() {
        if let Some(d) = c.to_digit(10) {
            out.push_str(&digit(d, style, lang, rng));
            if zero_width {
                out.push('\u{200B}');
            }
        } else if c == '+' || c == '(' {
            out.push(c);
        } else if c == ')' {
            out.push(')');
        } else {
            out.push_str(new_sep.unwrap_or(if c == ' ' { " " } else { "-" }));
        }
    }
    out
}

const BEFORE: &[&str] = &[
    "Call me",
    "Text",
    "New in town 🌹 call",
    "Llámame al",
    "Escríbeme por WhatsApp",
    "Appelle-moi au",
    "Me liga no",
    "Chama no zap",
    "Available 24/7, call",
    "Ad #12345 |",
    "$200/hr, 22 yo, call",
    "Disponible, tel",
    "Hi guys!",
    "Contact:",
    "sweet young 5'6\" 120 lbs",
];
const AFTER: &[&str] = &[
    "",
    "now",
    "for fun",
    "🌹🌹",
    "$150/hh",
    "ask for Lily",
    "posted 2023-05-12 10:30pm",
    "100% real",
    "incall only",
    "besos",
    "bisous",
    "beijos",
    "34-24-36",
    "no texts after 10pm",
];

#[test]
fn generated_numbers_recall_and_precision() {
    let mut rng = Rng(0x5EED_0001);
    // Regions with numbers of at least 7 digits and formats people write; non-geographic
    // numbers only internationally.
    let examples: Vec<_> = example_numbers()
        .into_iter()
        .filter(|(_, _, nsn, _)| nsn.len() >= 7)
        .collect();
    let (mut expected, mut hits, mut found_total, mut wrong) = (0usize, 0usize, 0usize, Vec::new());
    for _ in 0..3000 {
        let (region, _kind, _nsn, e164) = rng.pick(&examples).clone();
        let n = PHONE_NUMBER_UTIL
            .parse(&e164, None)
            .expect("example parses");
        let international = region == "001" || rng.chance(35);
        let formatted = if international {
            PHONE_NUMBER_UTIL
                .format(&n, PhoneNumberFormat::International)
                .into_owned()
        } else {
            PHONE_NUMBER_UTIL
                .format(&n, PhoneNumberFormat::National)
                .into_owned()
        };
        let disguised = render(&formatted, &mut rng);
        let text = format!("{} {} {}", rng.pick(BEFORE), disguised, rng.pick(AFTER));
        let ctx_region = if international && rng.chance(30) {
            None
        } else if region == "001" {
            Some("US")
        } else {
            Some(region.as_str())
        };
        let found = find_phones(&text, &PhoneContext::from_data(ctx_region));
        expected += 1;
        found_total += found.len();
        let good = found.iter().filter(|m| m.e164 == e164).count();
        hits += good.min(1);
        if good == 0 || found.len() != good {
            wrong.push(format!(
                "{region} {text:?} -> {:?}",
                found.iter().map(|m| &m.e164).collect::<Vec<_>>()
            ));
        }
    }
    let recall = hits as f64 / expected as f64;
    let precision = hits as f64 / found_total.max(1) as f64;
    let sample: Vec<_> = wrong.iter().take(40).collect();
    eprintln!("generated: recall {recall:.4} precision {precision:.4} over {expected}");
    assert!(
        recall >= 0.99 && precision >= 0.99,
        "recall {recall:.4} precision {precision:.4} over {expected}; {} wrong, e.g.:\n{sample:#?}",
        wrong.len()
    );
}

#[test]
fn generated_decoys_stay_quiet() {
    let mut rng = Rng(0x5EED_0002);
    let mut false_positives = Vec::new();
    let regions = ["US", "GB", "FR", "ES", "BR", "MX", "NG", "IN", "DE", "KE"];
    for _ in 0..2000 {
        let y = 1990 + rng.below(40);
        let (m, d) = (1 + rng.below(12), 1 + rng.below(28));
        let decoy = match rng.below(12) {
            0 => format!("{y}-{m:02}-{d:02}"),
            1 => format!("{d:02}/{m:02}/{y}"),
            2 => format!("{d}.{m}.{}", y % 100),
            3 => format!("{}:{:02}pm", 1 + rng.below(12), rng.below(60)),
            4 => format!("${}/hr", 100 + rng.below(900)),
            5 => format!(
                "{},{:03}.{:02}",
                1 + rng.below(99),
                rng.below(1000),
                rng.below(100)
            ),
            6 => format!("{} yo", 18 + rng.below(30)),
            7 => format!(
                "{}-{}-{}",
                30 + rng.below(10),
                20 + rng.below(10),
                30 + rng.below(10)
            ),
            8 => format!("Ad # {}", 1_000_000_000u64 + rng.next() % 9_000_000_000),
            9 => format!("ref: {y}{m:02}{d:02}{:03}", rng.below(1000)),
            10 => format!("{} {} roses", 100 + rng.below(400), 200 + rng.below(400)),
            _ => format!(
                "{y}-{m:02}-{d:02} {:02}:{:02}",
                rng.below(24),
                rng.below(60)
            ),
        };
        let text = format!(
            "{} {} {}",
            rng.pick(BEFORE[..3].as_ref()),
            decoy,
            rng.pick(AFTER)
        );
        let region = *rng.pick(&regions);
        let found = find_phones(&text, &PhoneContext::from_data(Some(region)));
        if !found.is_empty() {
            false_positives.push(format!("{region} {text:?}"));
        }
    }
    let rate = false_positives.len() as f64 / 2000.0;
    eprintln!("decoys: {} false positives in 2000", false_positives.len());
    assert!(
        rate <= 0.005,
        "{} false positives: {:#?}",
        false_positives.len(),
        &false_positives[..false_positives.len().min(30)]
    );
}
