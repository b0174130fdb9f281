//! Posts that offer travel abroad: a job overseas with "visa and ticket paid", "visa y pasaje
//! pagados", "التأشيرة والتذكرة مدفوعة". The places such a post names are where the work is,
//! not where the advertiser and its phone are ("Hotel jobs in Istanbul, visa paid … 0803 123
//! 4567" is a Nigerian recruiter's number): extract does not read its numbers in them.
//!
//! A cue is a phrase of the travel offered (a visa, a ticket or flight paid, a passport), in
//! the languages ads are written in, and the places named in its sentence or line are the
//! destination. "Visa" alone is no cue: ads accept Visa cards ("Visa/MC accepted").
//!
//! "Abroad" ("overseas", "en el extranjero", "à l'étranger", "no exterior", "في الخارج") points
//! forward: the places named after it in its sentence or line are the destination ("Work
//! abroad as model (Seoul)", "work overseas in Turkey"), those before it are not ("Agency in
//! Quito: jobs abroad" names the agency's city).

use aho_corasick::{AhoCorasick, MatchKind};
use std::sync::LazyLock;

/// Cue phrases, lower case, as written (with and without accents where people drop them).
const CUES: &[&str] = &[
    // English
    "work visa",
    "visa paid",
    "visa and ticket",
    "visa & ticket",
    "visa and flight",
    "visa, ticket",
    "visa sponsorship",
    "visa provided",
    "visa included",
    "free visa",
    "ticket paid",
    "tickets paid",
    "flight paid",
    "flights paid",
    "air ticket",
    "plane ticket",
    "passport",
    // The trip itself, and the visa as a service sold ("Travel to Italy – visa in 3 weeks",
    // "Visa approval in 21 days"): the place is where the traveller goes.
    "travel to",
    "visa approval",
    "visa processing",
    "visa assistance",
    // Spanish
    "visado",
    "visa y pasaje",
    "visa gratis",
    "visado gratis",
    "visa y boleto",
    "visa pagada",
    "pasaje pagado",
    "pasajes pagados",
    "boleto de avión",
    "boleto de avion",
    "billete de avión",
    "billete de avion",
    "pasaporte",
    "viaja a",
    "viajar a",
    "visa y vuelo",
    "vuelo pagado",
    "vuelos pagados",
    "boleto aéreo",
    "boleto aereo",
    // French
    "visa et billet",
    "visa gratuit",
    "visas gratuits",
    "visa payé",
    "visa paye",
    "billet d'avion",
    "billets d'avion",
    "passeport",
    "voyage en",
    "voyager en",
    "partir en",
    "visa et vol",
    "vol payé",
    "vol paye",
    "vols payés",
    // Portuguese
    "visto e passagem",
    "visto grátis",
    "visto gratis",
    "visto gratuito",
    "vistos e passagem",
    "visto pago",
    "passagem paga",
    "passagens pagas",
    "passagem aérea",
    "passagem aerea",
    "passaporte",
    "visto e voo",
    "voo pago",
    // German, Italian
    "visum",
    "flugticket",
    "flug bezahlt",
    "biglietto aereo",
    "volo pagato",
    "viaggio pagato",
    "passaporto",
    // Romanian
    "viză de muncă",
    "viza de munca",
    "viza și zborul",
    "viza si zborul",
    "viza şi zborul",
    "viză și zbor",
    "zborul plătit",
    "zbor plătit",
    "bilet de avion",
    "biletul de avion",
    "pașaport",
    "paşaport",
    "pasaport",
    // Russian
    "виза",
    "визу",
    "авиабилет",
    "загранпаспорт",
    // Arabic (written with the article and conjunctions glued on: matched inside words)
    "تأشيرة",
    "تاشيرة",
    "تأشيرات",
    "تذكرة",
    "تذاكر",
    "جواز السفر",
];

/// Words for "abroad", lower case: the places after them in their sentence are the
/// destination. Not "exterior" alone ("exterior painting").
const ABROAD: &[&str] = &[
    "abroad",
    "overseas",
    // West African English and Pidgin for emigrating ("Japa to Canada now!").
    "japa",
    "en el extranjero",
    "al extranjero",
    "en el exterior",
    "al exterior",
    "à l'étranger",
    "a l'étranger",
    "a l'etranger",
    "à l'etranger",
    "à l’étranger",
    "a l’etranger",
    "no exterior",
    "para o exterior",
    "no estrangeiro",
    "all'estero",
    "im ausland",
    "ins ausland",
    "за границей",
    "за границу",
    "за рубежом",
    "за рубеж",
    "الخارج",
];

/// Bytes of a text read for cues.
const MAX_READ: usize = 64 * 1024;

/// Both lists in one automaton; patterns past `CUES.len()` are words for abroad.
static CUE_AUTOMATON: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostLongest)
        // A DFA: every text that names a place is searched (an NFA of this size is stepped
        // byte by byte).
        .kind(Some(aho_corasick::AhoCorasickKind::DFA))
        .build(CUES.iter().chain(ABROAD))
        .expect("travel cues")
});

/// The byte ranges of `text`'s sentences and lines that offer travel abroad (see the module
/// documentation): the places named there are destinations. Latin and Cyrillic cues are whole
/// words; Arabic ones may carry a glued article or conjunction.
pub(crate) fn travel_offers(text: &str) -> Vec<(usize, usize)> {
    // Cues stand in the title or the first lines of an offer: a long text is read in part.
    let mut cut = text.len().min(MAX_READ);
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    let text = &text[..cut];
    // Offsets into the lower-cased text are offsets into `text`.
    let lower = plainsight_text::lowercase_keeping_offsets(text);
    let lower = lower.as_ref();
    let mut out: Vec<(usize, usize)> = Vec::new();
    for m in CUE_AUTOMATON.find_iter(lower) {
        let arabic = lower[m.start()..]
            .chars()
            .next()
            .is_some_and(|c| ('\u{0600}'..='\u{06FF}').contains(&c));
        let before = lower[..m.start()].chars().next_back();
        let after = lower[m.end()..].chars().next();
        let edge = |c: Option<char>| !c.is_some_and(plainsight_text::is_alphanumeric);
        if !(arabic || (edge(before) && edge(after))) {
            continue;
        }
        let abroad = m.pattern().as_usize() >= CUES.len();
        let s = if abroad {
            m.start()
        } else {
            sentence_start(lower, m.start())
        };
        let mut e = sentence_end(lower, m.end());
        if abroad {
            // A dash sets a label apart ("Jobs abroad – Pakistan", "Work overseas $$$ – South
            // Korea": the post's own country, as a site files it), not the destination.
            if let Some(d) = [" - ", " – ", " — "]
                .iter()
                .filter_map(|d| lower[m.end()..e].find(d))
                .min()
            {
                e = m.end() + d;
            }
        }
        match out.last_mut() {
            Some(last) if last.1 >= s => last.1 = last.1.max(e),
            _ => out.push((s, e)),
        }
    }
    out
}

/// Where a sentence or line ends: a line break (a newline, `<br`, `<p`, `</p`, `<li`), the end
/// of a sentence (". ", "! ", "? ") or a divider of an ad's items ("|", "•", "·").
const BREAKS: &[&str] = &[
    "\n", "<br", "<p", "</p", "<li", ". ", "! ", "? ", "。", "|", "•", "·",
];

fn sentence_start(t: &str, at: usize) -> usize {
    BREAKS
        .iter()
        .filter_map(|b| t[..at].rfind(b).map(|i| i + b.len()))
        .max()
        .unwrap_or(0)
}

fn sentence_end(t: &str, at: usize) -> usize {
    BREAKS
        .iter()
        .filter_map(|b| t[at..].find(b).map(|i| at + i))
        .min()
        .unwrap_or(t.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn offers_travel_abroad(text: &str) -> bool {
        !travel_offers(text).is_empty()
    }

    #[test]
    fn offers_of_work_abroad() {
        for text in [
            "Hotel receptionist in Istanbul — visa and ticket paid",
            "Dancers for Athens, flights paid",
            "Recherche réceptionniste à Chypre — visa et billet payés",
            "Procuramos recepcionista em Zurich — Visto e passagem pagos",
            "Niñeras para Madrid, visa y pasaje pagados",
            "Trabajo en Francia - visa y vuelo pagados",
            "Angajăm pentru Germania, viza și zborul plătite",
            "Lavoro in Germania, volo pagato",
            "مطلوب موظفة استقبال في Istanbul — التأشيرة والتذكرة مدفوعة",
            "Работа в Дубае, виза и билеты оплачены",
            "Only a valid passport needed",
        ] {
            assert!(offers_travel_abroad(text), "{text}");
        }
    }

    #[test]
    fn abroad_points_to_the_places_after_it() {
        for (text, place, destination) in [
            ("Work abroad as model (Seoul)", "Seoul", true),
            (
                "GREAT OPPORTUNITY TO WORK OVERSEAS IN TURKEY.",
                "TURKEY",
                true,
            ),
            (
                "Trabalhe no exterior como recepcionista (Zurich)",
                "Zurich",
                true,
            ),
            (
                "Travailler à l'étranger comme nounou (Monaco)",
                "Monaco",
                true,
            ),
            (
                "Trabaja en el extranjero: meseras para Madrid",
                "Madrid",
                true,
            ),
            ("اعملي في الخارج كـمضيفة (Doha)", "Doha", true),
            ("Agency in Quito: jobs abroad, apply now", "Quito", false),
            ("Lagos agency. Work abroad in Dubai", "Lagos", false),
            ("Lagos agency. Work abroad in Dubai", "Dubai", true),
            ("Japa to Germany now! Call 0808 917 3443", "Germany", true),
            ("Work overseas $$$ – South Korea", "South Korea", false),
            ("JOBS ABROAD - APPLY NOW – Pakistan", "Pakistan", false),
        ] {
            let at = text.find(place).unwrap();
            let inside = travel_offers(text).iter().any(|&(s, e)| s <= at && at < e);
            assert_eq!(inside, destination, "{text}: {place}");
        }
    }

    #[test]
    fn the_offer_is_its_sentence_or_line() {
        let text = "Waitresses needed in Dubai, visa and flight paid. Interviews in Toronto.";
        let offers = travel_offers(text);
        assert_eq!(offers.len(), 1);
        let (s, e) = offers[0];
        assert!(text[s..e].contains("Dubai") && !text[s..e].contains("Toronto"));
        let items = "📍 Paris | Billet d'avion et visa payés | Appelez le 06 12 34 56 78";
        let (s, e) = travel_offers(items)[0];
        assert_eq!(&items[s..e], " Billet d'avion et visa payés ");
        let html = "Vagas em Zurich — visto e passagem pagos<br>Entrevistas em Recife";
        let (s, e) = travel_offers(html)[0];
        assert_eq!(&html[s..e], "Vagas em Zurich — visto e passagem pagos");
        // The trip itself, and a visa sold as a service.
        for text in [
            "Travel to Italy – visa in 3 weeks",
            "Visa approval for Canada in 21 days",
            "Viaja a España con contrato",
            "Partir en France légalement",
        ] {
            assert_eq!(travel_offers(text).len(), 1, "{text}");
        }
    }

    #[test]
    fn a_capitalised_cue_beside_letters_whose_lower_case_is_longer() {
        // "İ" (2 bytes) lower-cases to 3 bytes and the Kelvin sign (3 bytes) to 1: the cue is
        // still read, and its span is still the sentence in the text as written.
        for text in [
            "İstanbul otel işleri. Hotel jobs, VISA AND TICKET PAID",
            "Rated 300 \u{212A}. Welders wanted in Doha, Flights Paid",
        ] {
            let offers = travel_offers(text);
            assert_eq!(offers.len(), 1, "{text}");
            let (s, e) = offers[0];
            assert!(text[s..e].to_lowercase().contains("paid"), "{text}");
        }
    }

    #[test]
    fn ads_that_offer_no_travel() {
        for text in [
            "New in Houston! Visa/MC accepted, incall only",
            "Sexy Lexi visiting Dubai this week, outcall to hotels",
            "Trabajo en Madrid, sin experiencia, pago semanal",
            "Exterior painting jobs in Lisbon",
        ] {
            assert!(!offers_travel_abroad(text), "{text}");
        }
        // A cue inside a longer word is no cue ("visadoras" is not a visa).
        assert!(!offers_travel_abroad("rupturas visadoras"));
    }
}
