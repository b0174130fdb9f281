//! Whether a post asks to be paid ahead before a meeting (`data/ahead_cues.txt`): the sign of
//! the deposit scam, where an impostor shows a real advertiser's pictures and words under its
//! own contact and asks for a deposit it never honours. The linker keeps a post without a
//! contact of its own from joining, by a shared picture alone, a poster whose asking differs
//! from its own (`Linker`'s photo joins).

use std::sync::LazyLock;

/// The lists of `data/ahead_cues.txt`, each entry split into lower-case words.
struct Cues {
    deposit: Vec<String>,
    means: Vec<Vec<String>>,
    before: Vec<Vec<String>>,
    first: Vec<Vec<String>>,
    without: Vec<Vec<String>>,
    no: Vec<Vec<String>>,
    /// The deposit prefixes in lower, title and upper case, for a quick look over raw text.
    quick: aho_corasick::AhoCorasick,
}

static CUES: LazyLock<Cues> = LazyLock::new(|| {
    let mut lists: [Vec<String>; 6] = Default::default();
    let mut at: Option<usize> = None;
    for line in include_str!("../data/ahead_cues.txt").lines() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        at = match line {
            "[deposit]" => Some(0),
            "[means]" => Some(1),
            "[before]" => Some(2),
            "[first]" => Some(3),
            "[without]" => Some(4),
            "[no]" => Some(5),
            _ => {
                if let Some(k) = at {
                    lists[k].push(line.to_lowercase());
                }
                continue;
            }
        };
    }
    let split = |l: &[String]| -> Vec<Vec<String>> {
        l.iter()
            .map(|e| words(e).collect::<Vec<String>>())
            .filter(|w| !w.is_empty())
            .collect()
    };
    let mut forms: Vec<String> = Vec::new();
    for d in &lists[0] {
        let mut title = String::new();
        let mut cs = d.chars();
        if let Some(c) = cs.next() {
            title.extend(c.to_uppercase());
            title.push_str(cs.as_str());
        }
        for f in [d.clone(), title, d.to_uppercase()] {
            if !forms.contains(&f) {
                forms.push(f);
            }
        }
    }
    let quick = aho_corasick::AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .build(&forms)
        .expect("the deposit words build an automaton");
    Cues {
        deposit: lists[0].clone(),
        means: split(&lists[1]),
        before: split(&lists[2]),
        first: split(&lists[3]),
        without: split(&lists[4]),
        no: split(&lists[5]),
        quick,
    }
});

/// The lower-case words of `s` (letters and digits; an apostrophe or a hyphen splits).
fn words(s: &str) -> impl Iterator<Item = String> + '_ {
    s.split(|c: char| !plainsight_text::is_alphanumeric(c))
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
}

/// Whether `phrase` stands in `ws` starting at `i`.
fn at(ws: &[String], i: usize, phrase: &[String]) -> bool {
    ws.len() >= i + phrase.len() && ws[i..i + phrase.len()] == *phrase
}

/// Whether any phrase of `list` stands anywhere in `ws[from..to]`.
fn within(ws: &[String], from: usize, to: usize, list: &[Vec<String>]) -> bool {
    (from..to.min(ws.len())).any(|i| list.iter().any(|p| at(ws, i, p) && i + p.len() <= to))
}

/// Whether one sentence (its words) asks to be paid ahead, by the rules of
/// `data/ahead_cues.txt`.
fn sentence_asks(ws: &[String]) -> bool {
    let cues = &*CUES;
    for (k, w) in ws.iter().enumerate() {
        if !cues.deposit.iter().any(|d| w.starts_with(d.as_str())) {
            continue;
        }
        if within(ws, 0, ws.len(), &cues.means) || within(ws, 0, ws.len(), &cues.before) {
            return true;
        }
        if within(ws, k.saturating_sub(2), k, &cues.first)
            || within(ws, k + 1, (k + 3).min(ws.len()), &cues.first)
        {
            return true;
        }
        let negated = cues
            .without
            .iter()
            .any(|p| k >= p.len() && at(ws, k - p.len(), p));
        if negated && within(ws, k + 1, ws.len(), &cues.no) {
            return true;
        }
    }
    false
}

/// Longest text read for the sign (bytes): the demand stands in an ad's own lines.
const MAX_BYTES: usize = 16 * 1024;

/// Whether `text` asks to be paid ahead before a meeting: a sentence (up to a line break, a
/// sentence's end or an HTML tag) that demands a deposit by an untraceable means, before
/// meeting, first, or with no meeting without it (`data/ahead_cues.txt`).
pub fn asks_ahead(text: &str) -> bool {
    let mut end = text.len().min(MAX_BYTES);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let text = &text[..end];
    let cues = &*CUES;
    let mut done = 0;
    for m in cues.quick.find_iter(text) {
        if m.start() < done {
            continue;
        }
        let breaks = |c: char| matches!(c, '\n' | '.' | '!' | '?' | '<' | '>' | '¡' | '¿');
        let start = text[..m.start()]
            .char_indices()
            .rev()
            .find(|&(_, c)| breaks(c))
            .map_or(0, |(i, c)| i + c.len_utf8());
        let stop = text[m.end()..]
            .find(breaks)
            .map_or(text.len(), |i| m.end() + i);
        done = stop;
        let ws: Vec<String> = words(&text[start..stop]).collect();
        if sentence_asks(&ws) {
            return true;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::{asks_ahead, MAX_BYTES};
    use proptest::prelude::*;

    proptest! {
        /// Any text, any script, cut anywhere: an answer, never a panic.
        #[test]
        fn any_text_gets_an_answer(s in "\\PC{0,300}", pad in 0usize..4) {
            let _ = asks_ahead(&s);
            let long = format!("{}{s} deposit ¡é", "x".repeat(MAX_BYTES - pad));
            let _ = asks_ahead(&long);
        }
    }

    #[test]
    fn demands_of_a_deposit_ahead_in_several_languages() {
        for t in [
            "Deposit required via gift card before meeting.",
            "No deposit no meet!!",
            "Send the deposit first, then I send the address",
            "Serious only: $80 deposit by giftcard to confirm.",
            "Erst Vorkasse (Paysafecard-Code), dann Adresse",
            "Ohne Anzahlung kein Termin",
            "Pas d'acompte, pas de rendez-vous",
            "Dépôt requis par carte-cadeau.",
            "Sin depósito no hay cita.",
            "¡Señal obligatoria con Paysafecard antes de la cita!",
            "Anticipo obbligatorio prima dell'incontro",
            "Geen aanbetaling geen afspraak",
            "Без предоплаты встречи нет",
            "Предоплата через Paysafecard обязательна!",
            "Najpierw zaliczka, potem adres",
            "<p>Hi loves</p><p>DEPOSIT FIRST</p>",
        ] {
            assert!(asks_ahead(t), "{t}");
        }
    }

    #[test]
    fn deposit_policies_and_payment_methods_ask_nothing_ahead() {
        for t in [
            "Deposits are required for outcalls and for all first time clients.",
            "Deposits secure your booking.",
            "Depósito requerido para clientes nuevos. Cancelaciones pierden el depósito.",
            "Zahlung: Bar, Revolut oder Paysafecard",
            "Booking in advance is appreciated.",
            "Asked for a deposit upfront, walked away.",
            "Gift cards welcome. Deposits are refundable.",
            "Cotygodniowe zaliczki, płatne nadgodziny",
            "",
        ] {
            assert!(!asks_ahead(t), "{t}");
        }
    }
}
