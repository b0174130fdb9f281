//! Email addresses, plain and obfuscated ("lily22 at gmail dot com", "lily22 [at] gmail [dot]
//! com", "lily22(at)gmail(dot)com", "lily22 @ gmail . com"), with "at" and "dot" spelled in the
//! supported languages ("arroba … punto", "arroba … ponto", "arobase … point", "chez … point"),
//! a line break on either side of the "@", and letters spaced out one by one ("l i l y 2 2 @ g m
//! a i l . c o m"). Works on the folded, ASCII lower-cased text, so full-width and mathematical
//! letters and "AT"/"DOT" are covered.
//!
//! False positives come from English: "meet at noon dot" has no TLD and never matches; when the
//! "at" is a bare word, the local part must not be a common word ("see you at school dot com" is
//! not an address) and the TLD must be a known one.

use crate::anchored::AnchoredRegex;
use crate::suffix::{is_delegated_tld, is_known_tld, registrable_domain};
use crate::{words, Cand, FieldText, Sink, RANK_EMAIL};
use aho_corasick::{AhoCorasick, MatchKind};
use plainsight_core::SelectorKind;
use regex::Regex;
use std::sync::LazyLock;

// Separators between domain labels: ".", " . ", "[dot]", "(dot)", "{dot}", "<dot>", " dot ".
// A period with a space on one side only ("outlook.com. Then") ends a sentence, so a spaced
// period needs spaces on both sides ("gmail . com").
// "dot" is also written "punto" (es, it), "ponto" (pt), "point" (fr), "punkt" (de, sv, no),
// "punt" (nl), "prik" and "punktum" (da, no), "kropka"
// (pl), "punct" (ro), "nokta" (tr), "titik" (id, ms), "точка" (ru), "крапка" (uk), "chấm"
// (vi), "نقطة" and "دوت" (ar), in brackets ("[dot]", "[.]") or between dashes ("-dot-").
/// The dot spelled in the Latin-script languages above: the ASCII words of the spelled dots
/// URLs are read with ([`crate::url::SPELLED_DOTS`]), one list for both.
static DOT: LazyLock<String> = LazyLock::new(|| {
    let words: Vec<&str> = crate::url::SPELLED_DOTS
        .iter()
        .copied()
        .filter(|w| w.is_ascii())
        .collect();
    let words = words.join("|");
    format!(
        r"(?:\.|[ \t]+\.[ \t]+|[ \t]*[\[\(\{{<][ \t]*(?:{words}|(?i:точка|крапка|chấm)|\.)[ \t]*[\]\)\}}>][ \t]*|[ \t]*-(?:{words})-[ \t]*|[ \t]+(?:{words}|(?i:точка|крапка|chấm)|نقطة|دوت)[ \t]+)"
    )
});
// "at" is also written "arroba" (es, pt), "em" (pt, after an account-like mailbox only),
// "arobase" and "chez" (fr), "ät" and "Klammeraffe" (de), "apenstaartje" (nl), "snabel-a" (sv,
// da), "krøllalfa" (no), "chiocciola" (it), "małpa" (pl), "собака" (ru),
// "равлик" (uk), "arond" (ro), "a còng" (vi), "آت" (ar: "at" in Arabic letters), in brackets
// ("[at]", "[@]", "(a)", "(ät)", "(собака)") or between dashes ("-at-"). A line
// break may stand on either side of a written "@" (an address wrapped by the ad's layout). In a
// link's query the "@" is percent-encoded ("reply?to=lily22%40gmail.com"): "%40" is a tight "@".
const AT: &str = r"(?P<at>[ \t\r\n]*@[ \t\r\n]*|%40|[ \t]*[\[\(\{<][ \t]*(?:at|a|\x{E4}t|\x{C4}t|arroba|arobase|chez|chiocciola|@|(?i:собака|равлик))[ \t]*[\]\)\}>][ \t]*|[ \t]*-(?:at|arroba|arobase)-[ \t]*|[ \t]+(?:at|\x{E4}t|\x{C4}t|em|arroba|arobase|arond|chez|chiocciola|ma(?:ł|Ł|l)pa|klammeraffe|apenstaartje|snabel-a|kr\x{F8}llalfa|kr\x{D8}llalfa|(?i:собака|равлик|a còng)|\x{622}\x{62A})[ \t]+)";

/// The spelled forms of "at" that [`candidate_starts`] looks for, in one automaton pass. A bare
/// "a" is an article: only "(a)" and its bracketed kin spell "at".
const AT_WORDS: &[&str] = &[
    "at",
    "(a)",
    "[a]",
    "{a}",
    "<a>",
    "\u{E4}t",
    // Upper-case Ä: the field is lower-cased in ASCII only ("ÄT").
    "\u{C4}t",
    "em",
    "arroba",
    // Romanian.
    "arond",
    // Vietnamese ("a còng", "A CÒNG").
    "a c\u{F2}ng",
    "a c\u{D2}ng",
    // Ukrainian "snail".
    "\u{440}\u{430}\u{432}\u{43B}\u{438}\u{43A}",
    "\u{420}\u{430}\u{432}\u{43B}\u{438}\u{43A}",
    "\u{420}\u{410}\u{412}\u{41B}\u{418}\u{41A}",
    "arobase",
    "chez",
    "chiocciola",
    // German "Klammeraffe", Dutch "apenstaartje", Swedish and Danish "snabel-a", Norwegian
    // "krøllalfa" (upper-case Ø: the field is lower-cased in ASCII only).
    "klammeraffe",
    "apenstaartje",
    "snabel-a",
    "kr\u{F8}llalfa",
    "kr\u{D8}llalfa",
    "ma\u{142}pa",
    // Upper-case Ł: the field is lower-cased in ASCII only ("MAŁPA").
    "ma\u{141}pa",
    "malpa",
    "\u{441}\u{43E}\u{431}\u{430}\u{43A}\u{430}",
    "\u{421}\u{43E}\u{431}\u{430}\u{43A}\u{430}",
    "\u{421}\u{41E}\u{411}\u{410}\u{41A}\u{410}",
    // Arabic "آت", the English "at" in Arabic letters ("sawadogo.careers آت yahoo.fr").
    "\u{622}\u{62A}",
];

/// What may stand right before a spelled "at" ([`candidate_starts`]).
const BEFORE_AT: &[u8] = b" \t[({<-";

/// Words of [`AT_WORDS`] inside every other word ("at" in "that", "em" in "item", "ät"): three
/// bytes or fewer, not in brackets.
fn short_at_word(w: &str) -> bool {
    w.len() <= 3 && !w.as_bytes()[0].is_ascii_punctuation()
}

/// [`AT_WORDS`] for one automaton pass, and for each pattern whether it is a short word
/// ([`short_at_word`]) written with one byte of [`BEFORE_AT`] in front: those words are
/// searched with each byte that may stand before them, so that the automaton stops only where
/// one stands as a word.
static AT_FINDER: LazyLock<(AhoCorasick, Vec<bool>)> = LazyLock::new(|| {
    let mut patterns: Vec<Vec<u8>> = Vec::new();
    let mut with_byte_before = Vec::new();
    for w in AT_WORDS {
        if short_at_word(w) {
            for &c in BEFORE_AT {
                patterns.push([&[c], w.as_bytes()].concat());
                with_byte_before.push(true);
            }
        } else {
            patterns.push(w.as_bytes().to_vec());
            with_byte_before.push(false);
        }
    }
    let automaton = AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostLongest)
        .build(patterns)
        .expect("at-word automaton");
    (automaton, with_byte_before)
});

static EMAIL: LazyLock<AnchoredRegex> = LazyLock::new(|| {
    let label = r"[a-z0-9](?:[a-z0-9\-]{0,61}[a-z0-9])?";
    let pattern = format!(
        r"(?P<local>[a-z0-9](?:[a-z0-9._%+\-]{{0,62}}[a-z0-9_%+\-])?){AT}(?:(?P<domain>{label}(?:{dot}{label}){{0,4}}{dot}(?P<tld>[a-z]{{2,24}}))|(?P<provider>{providers}))(?-u:\b)",
        dot = *DOT,
        providers = WEBMAIL.join("|")
    );
    AnchoredRegex::new(&pattern)
});

/// Webmail providers, written bare ("lily22 at gmail") or with their domain: a mailbox there is
/// a person's, whatever words its local part is made of ("nina.rose at icloud dot com").
const WEBMAIL: &[&str] = &[
    "gmail",
    "yahoo",
    "hotmail",
    "outlook",
    "icloud",
    "aol",
    "protonmail",
    "ymail",
];

static DOT_SEP: LazyLock<Regex> = LazyLock::new(|| Regex::new(&DOT).expect("dot pattern"));

/// Words that precede a spelled-out "at" in ordinary sentences.
const LOCAL_STOPWORDS: &[&str] = &[
    "me",
    "us",
    "you",
    "him",
    "her",
    "them",
    "it",
    "i",
    "im",
    "we",
    "is",
    "be",
    "am",
    "are",
    "meet",
    "see",
    "look",
    "here",
    "there",
    "call",
    "text",
    "email",
    "mail",
    "write",
    "reach",
    "contact",
    "hit",
    "find",
    "available",
    "located",
    "stay",
    "staying",
    "arrive",
    "back",
    "only",
    "out",
    "in",
    "up",
    "home",
    "work",
    "night",
    "day",
    "now",
    "today",
    "tonight",
    "incall",
    "outcall",
    // "apply online at acme (dot) sg", "book online at …".
    "online",
    "hotel",
    "ready",
];

/// Words naming mail or the contact line: right before "info" they make it a mailbox
/// ([`role_at_own_domain`]); earlier in the sentence they say a mailbox follows
/// ([`mail_cue_before`]).
const MAIL_WORDS: &[&str] = &[
    "email", "mail", "correo", "courriel", "contact", "contacto", "contato",
];

/// Besides [`MAIL_WORDS`], words that say a mailbox follows, earlier in the sentence ("Email
/// your resume to careers at …", "Envía tu CV a hr at …").
const MAIL_CUES: &[&str] = &[
    "e", "write", "escribe", "écrivez", "ecrivez", "schreib", "schreibe", "mailen", "send",
    "envía", "envia", "envie", "envoyez", "cv", "resume", "résumé",
];

/// Mailboxes that are words: the departments jobs are applied to and offices written to.
const MAILBOX_WORDS: &[&str] = &[
    "careers",
    "career",
    "jobs",
    "hr",
    "rrhh",
    "rh",
    "recruitment",
    "recruiting",
    "hiring",
    "cv",
    "office",
    "admin",
    "sales",
    "support",
    "hello",
    "bookings",
    "booking",
    "reservations",
    "enquiries",
    "inquiries",
];

/// Whether a word of [`MAIL_WORDS`] or [`MAIL_CUES`] stands in the 60 bytes before `pos`, in
/// its sentence.
fn mail_cue_before(lower: &str, pos: usize) -> bool {
    let mut from = pos.saturating_sub(60);
    while !lower.is_char_boundary(from) {
        from += 1;
    }
    let window = &lower[from..pos];
    let sentence = window
        .char_indices()
        .rev()
        .find(|&(_, c)| matches!(c, '.' | '!' | '?' | '\n' | '|' | '•'))
        .map_or(window, |(i, c)| &window[i + c.len_utf8()..]);
    sentence
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| MAIL_WORDS.contains(&w) || MAIL_CUES.contains(&w))
}

/// Verbs that name a site in a sentence ("apply at acme.com.br", "book at lunaspa.com"): before a
/// spelled "at" and a host written with plain dots they are the sentence. With the dots disguised
/// too ("apply at acme dot com") the writer is hiding a mailbox.
const SITE_VERBS: &[&str] = &[
    "apply",
    "book",
    "reserve",
    "visit",
    "register",
    "order",
    "shop",
    "buy",
    "join",
    "check",
    "postule",
    "postulez",
    "aplica",
    "candidate",
    "candidatar",
];

/// Cue words that precede "@handle" with a space, besides the platform names of
/// [`PLATFORM_CUES`].
const CUE_WORDS: &[&str] = &[
    "of", "vk", "venmo", "wa", "whatsapp", "line", "signal", "wechat", "x", "dm", "follow", "add",
    "me", "at",
];

/// Platform names that cue a handle, before "@handle" with a space or glued to the "@"
/// ("TT@lily.rose", "ig@lily_22").
const PLATFORM_CUES: &[&str] = &[
    "ig",
    "insta",
    "instagram",
    "snap",
    "snapchat",
    "sc",
    "tg",
    "telegram",
    "tt",
    "tiktok",
    "fb",
    "facebook",
    "twitter",
    "tw",
    "kik",
    "onlyfans",
    "fansly",
    "threads",
];

/// Where an address that starts at `start` (its local part) runs into the next word without a
/// space, in the text as written: in the last label of its domain, at a capital after a
/// lower-case letter ("sfr.frAppel", "spa.deHandy") or at a digit after letters
/// ("hotmail.co.uk07958…"; no TLD has digits). `None` when nothing is glued.
fn glued_end(written: &str, start: usize) -> Option<usize> {
    let b = written.as_bytes();
    let mut i = start;
    while i < b.len() && (b[i].is_ascii_alphanumeric() || b"._%+-".contains(&b[i])) {
        i += 1;
    }
    if b.get(i) != Some(&b'@') {
        return None;
    }
    let domain_start = i + 1;
    let mut end = domain_start;
    while end < b.len() && (b[end].is_ascii_alphanumeric() || b".-".contains(&b[end])) {
        end += 1;
    }
    let domain = &b[domain_start..end];
    let last_dot = domain.iter().rposition(|&c| c == b'.')?;
    // Only the last label: a name may be written in camel case ("lily@LunaSpa.com").
    (last_dot + 2..domain.len())
        .find(|&k| {
            let (p, c) = (domain[k - 1], domain[k]);
            (p.is_ascii_lowercase() && c.is_ascii_uppercase())
                || (p.is_ascii_alphabetic() && c.is_ascii_digit())
        })
        .map(|k| domain_start + k)
}

/// An email found in a field, kept so that payments (Zelle, PayPal) can point at it.
pub(crate) struct EmailHit {
    pub start: usize,
    pub end: usize,
    pub value: String,
    pub group: u32,
}

/// Finds emails; returns them (raw spans) as well as adding them to the sink.
pub(crate) fn find(ft: &FieldText<'_>, sink: &mut Sink) -> Vec<EmailHit> {
    let mut hits = Vec::new();
    scan(ft, &ft.lower, None, sink, &mut hits);
    if let Some(spaced) = Spaced::of(&ft.lower) {
        scan(ft, &spaced.text, Some(&spaced), sink, &mut hits);
    }
    hits
}

/// The field with each run of letters spaced out one by one ("l i l y 2 2 @ g m a i l . c o m")
/// written tight, and where each of its bytes comes from in the lower-cased field.
struct Spaced {
    text: String,
    /// `origin[i]`: the byte of the lower-cased field that byte `i` of `text` copies.
    origin: Vec<usize>,
    /// The tightened runs, as byte ranges of `text`.
    runs: Vec<(usize, usize)>,
}

/// Fewest one-character tokens that make a spaced-out address ("a@b.co" is six).
const MIN_SPACED: usize = 6;

impl Spaced {
    /// `None` unless some run of one-character tokens, each one space apart, holds an "@".
    fn of(lower: &str) -> Option<Spaced> {
        if !lower.contains(" @ ") {
            return None;
        }
        let chars: Vec<(usize, char)> = lower.char_indices().collect();
        let single = |k: usize| {
            !chars[k].1.is_whitespace()
                && (k == 0 || chars[k - 1].1.is_whitespace())
                && chars.get(k + 1).is_none_or(|c| c.1.is_whitespace())
        };
        // Runs as (first char index, last char index) of one-character tokens.
        let mut runs = Vec::new();
        let mut k = 0;
        while k < chars.len() {
            if !single(k) {
                k += 1;
                continue;
            }
            let first = k;
            let mut has_at = chars[k].1 == '@';
            while k + 2 < chars.len() && chars[k + 1].1 == ' ' && single(k + 2) {
                k += 2;
                has_at |= chars[k].1 == '@';
            }
            if has_at && (k - first) / 2 + 1 >= MIN_SPACED {
                runs.push((first, k));
            }
            k += 1;
        }
        if runs.is_empty() {
            return None;
        }
        let mut text = String::with_capacity(lower.len());
        let mut origin = Vec::with_capacity(lower.len());
        let mut out_runs = Vec::with_capacity(runs.len());
        let mut r = 0;
        let mut run_start = 0;
        for (k, &(at, c)) in chars.iter().enumerate() {
            let in_run = r < runs.len() && k >= runs[r].0 && k <= runs[r].1;
            if k == runs.get(r).map_or(usize::MAX, |x| x.0) {
                run_start = text.len();
            }
            // Inside a run, the spaces between the letters go.
            if !(in_run && c == ' ') {
                text.push(c);
                origin.extend(at..at + c.len_utf8());
            }
            if r < runs.len() && k == runs[r].1 {
                out_runs.push((run_start, text.len()));
                r += 1;
            }
        }
        Some(Spaced {
            text,
            origin,
            runs: out_runs,
        })
    }

    /// The lower-cased field's byte range for `text[start..end]` (`end > start`).
    fn to_lower(&self, start: usize, end: usize) -> (usize, usize) {
        (self.origin[start], self.origin[end - 1] + 1)
    }

    fn touches_run(&self, start: usize, end: usize) -> bool {
        self.runs.iter().any(|&(s, e)| start < e && s < end)
    }
}

/// One pass of the address pattern over `text`: the lower-cased field itself, or its
/// [`Spaced`] view (then only addresses in a tightened run count, and spans map back).
fn scan(
    ft: &FieldText<'_>,
    text: &str,
    spaced: Option<&Spaced>,
    sink: &mut Sink,
    hits: &mut Vec<EmailHit>,
) {
    let lower = text;
    let mut consumed = 0;
    for start in candidate_starts(lower) {
        if start < consumed {
            continue;
        }
        // An address glued to the next word ("lily@sfr.frAppel", "lily@hotmail.co.uk0795…")
        // is read up to the glue.
        let limit = if spaced.is_none() {
            glued_end(ft.folded(), start)
        } else {
            None
        };
        let Some(caps) = EMAIL.captures_at(&lower[..limit.unwrap_or(lower.len())], start) else {
            continue;
        };
        let (Some(m), Some(local), Some(at)) = (caps.get(0), caps.name("local"), caps.name("at"))
        else {
            continue;
        };
        // What a candidate covers is taken only once it is kept: a spelled "at" refused ("write
        // at lily.rose" is no mailbox at a host "lily.rose") must not hide the address that
        // starts inside it ("lily.rose@gmail.com").
        let percent_at = at.as_str() == "%40";
        if spaced.is_some_and(|sp| !sp.touches_run(m.start(), m.end())) {
            continue;
        }
        // "reserve at rb.gy/x7Kq", "book at lunaspa.com/rates": a path after the host makes it a
        // link named in a sentence; a mailbox has no path.
        if !at.as_str().trim_matches([' ', '\t', '\r', '\n']).eq("@")
            && !percent_at
            && lower[m.end()..].starts_with('/')
            && lower[m.end() + 1..].starts_with(|c: char| c.is_alphanumeric())
        {
            continue;
        }
        // A local part that is the tail of a longer token ("x_lily@..." starts at '_'), or of a
        // contraction ("I'm at home dot com", "I’m at …"): skip.
        let mut before = lower[..m.start()].chars().rev();
        if let Some(prev) = before.next() {
            let contraction =
                "'’`".contains(prev) && before.next().is_some_and(char::is_alphabetic);
            // A letter of an accented or other spaced script ("über @t-online.de" holds no
            // "ber"); ideographs are written without spaces, so a mailbox may follow one.
            let in_word = prev.is_alphanumeric() && (prev as u32) < 0x0530;
            if in_word || "._%+-".contains(prev) || contraction {
                continue;
            }
        }
        let plain_at = at.as_str().contains('@') || percent_at;
        let dashed_at = at.as_str().trim().starts_with('-');
        let word_at = !plain_at && !dashed_at && !at.as_str().contains(['[', '(', '{', '<']);
        // "lily@gmail.com", or written across a line break ("lily@\ngmail.com").
        let tight_at = at.as_str().trim_matches(['\r', '\n']) == "@" || percent_at;
        let local_s = local.as_str();
        let account_like = local_s
            .bytes()
            .any(|b| b.is_ascii_digit() || b"._".contains(&b));
        // "replies come from @outlook.com", "respondemos pelo @gmail.com": a space before a
        // written "@" and none after, between a word of the sentence and a free-mail
        // provider, mentions the provider ("lilyvexari @gmail.com", "info @acme.com" and
        // a mailbox wrapped by a line break before its "@" are addresses).
        let a = at.as_str();
        if a.starts_with([' ', '\t'])
            && a.ends_with('@')
            && !account_like
            && (words::is_common(local_s) || words::is_stop(local_s))
            && caps.name("domain").is_some_and(|d| {
                registrable_domain(d.as_str()).is_some_and(plainsight_core::mail::is_free_mail)
            })
        {
            continue;
        }
        // "WhatsApp: +40 777 903 989 @kate.hr", "call 0912-345-678 @mira.vip": a phone number
        // (or its last group), a space, then an account is no mailbox ("989@kate.hr"); a
        // number glued to its "@" may be one.
        if a.starts_with([' ', '\t'])
            && local_s
                .bytes()
                .all(|b| b.is_ascii_digit() || b"-.".contains(&b))
            && (local_s.contains(['-', '.'])
                || lower[..m.start()]
                    .trim_end_matches([' ', '\t', '-', '.'])
                    .ends_with(|c: char| c.is_ascii_digit()))
        {
            continue;
        }
        // "larissa_like26 em bol ponto com ponto br": the Portuguese "em" (in, at) is the "@"
        // only after a mailbox that looks like an account ("atendo em casa ponto com" is not).
        if a.trim() == "em" && !account_like {
            continue;
        }
        // "TT@autos.fazipo.es", "IG@lily.rose": a platform's name glued to an "@" is the cue of
        // a handle on it, not a mailbox; nor is a file's name before a wrapped "@"
        // ("photo_identite.jpg⏎@agency.group sur Insta").
        if (tight_at && PLATFORM_CUES.contains(&local_s)) || crate::is_file_name(local_s) {
            continue;
        }
        // "IG @lily.rose" is a handle after a cue, not "ig@lily.rose".
        let role = role_at_own_domain(
            local_s,
            caps.name("domain").map(|d| d.as_str()),
            crate::previous_word(lower, m.start()),
        );
        if !tight_at
            && (PLATFORM_CUES.contains(&local_s)
                || CUE_WORDS.contains(&local_s)
                || LOCAL_STOPWORDS.contains(&local_s))
            && !role
        {
            continue;
        }
        // "Book.Now at lunaspa.co.uk", "now at …": with a spelled "at", common words (joined
        // by dots or alone) before it are a sentence, not a mailbox.
        // A webmail host, named bare ("gmail") or as any free-mail provider's domain written
        // out ("bk dot ru", "gmx.de"); asked only of a dotted local part after a spelled "at".
        let webmail = || {
            caps.name("provider").is_some()
                || caps.name("domain").is_some_and(|d| {
                    let labels: Vec<&str> = DOT_SEP.split(d.as_str()).collect();
                    WEBMAIL.contains(&labels[0])
                        || crate::suffix::registrable_domain(&labels.join("."))
                            .is_some_and(plainsight_core::mail::is_free_mail)
                })
        };
        if word_at
            && !role
            && (words::is_stop(local_s)
                || (local_s.contains(['.', '-'])
                    && local_s
                        .split(['.', '-'])
                        .all(|p| words::rank(p).is_some_and(|r| r < words::PHRASE_RANK))
                    && !webmail()))
        {
            continue;
        }
        if word_at
            && SITE_VERBS.contains(&local_s)
            && caps
                .name("domain")
                .is_some_and(|d| !d.as_str().contains([' ', '[', '(', '{', '<']))
        {
            continue;
        }
        // "see my site at lunaspa.co.uk", "visit our office at …": a determiner before the
        // local part makes it a noun of the sentence.
        if word_at && determiner_before(lower, m.start()) {
            continue;
        }
        // "Info and rates at lola-sweetdeal.com", "more pics at …": a common word after another
        // word of the sentence, then a bare "at" and a host written with plain dots that is no
        // webmail, is the sentence naming a site ("rates" is no mailbox; "email: lily22 at …"
        // is). With the dots disguised too the writer is hiding a mailbox, as with a verb.
        if word_at
            && !account_like
            && !role
            && !MAILBOX_WORDS.contains(&local_s)
            && words::is_common(local_s)
            && !mail_cue_before(lower, m.start())
            && crate::previous_word(lower, m.start())
                .chars()
                .next()
                .is_some_and(char::is_alphabetic)
            && caps
                .name("domain")
                .is_some_and(|d| !d.as_str().contains([' ', '[', '(', '{', '<']))
            && !webmail()
        {
            continue;
        }
        let value = if let Some(provider) = caps.name("provider") {
            // "lily22 at gmail": a webmail provider without its ".com". With a spelled "at" the
            // local part must look like an account ("works at yahoo" is a sentence).
            if local_s.len() < 3 || (!tight_at && !account_like) {
                continue;
            }
            format!("{local_s}@{}.com", provider.as_str())
        } else {
            let (Some(domain), Some(tld)) = (caps.name("domain"), caps.name("tld")) else {
                continue;
            };
            // Any delegated TLD ("lily@studio.photography") is taken only from a plain, tight
            // "a@b.tld"; a file name or a private network name never ("banner@2x.png",
            // "admin@router.lan").
            // The reserved `.example` and `.test`, where shared corpora put their invented
            // sites, are read as a known TLD is (no real ad uses them).
            let reserved = matches!(tld.as_str(), "example" | "test");
            let any_tld = (tight_at || reserved)
                && !domain.as_str().contains(' ')
                && is_delegated_tld(tld.as_str());
            if !(is_known_tld(tld.as_str()) || any_tld) {
                continue;
            }
            if word_at {
                // "Sarah at home. Com..." is a sentence: with a spelled-out "at", a period may
                // only separate labels when it is written tight ("lily22 at gmail.com").
                let d = domain.as_str();
                if d.contains(". ") || d.contains(" .") || d.contains(".\t") {
                    continue;
                }
            }
            let labels: Vec<&str> = DOT_SEP.split(domain.as_str()).collect();
            if labels.iter().any(|l| l.is_empty()) {
                continue;
            }
            // "xxx@xxx.xxx", "aaa@aaa.aa": a mailbox and a host that are each one character
            // repeated are a placeholder ("send to xxx@xxx.xxx"), whatever the TLD (.xxx is
            // delegated).
            let repeated = |w: &str| {
                let mut cs = w.chars();
                cs.next()
                    .is_some_and(|c| w.len() >= 2 && cs.all(|x| x.eq_ignore_ascii_case(&c)))
            };
            if repeated(local_s) && labels.iter().all(|l| repeated(l)) {
                continue;
            }
            if placeholder(local_s, &labels) {
                continue;
            }
            let host = labels.join(".");
            // "Apply online at www.acme.com", "apply online at careers.acme.co.ke": with a
            // spelled "at", a web host is no mail domain. Mail lives at the registrable domain,
            // so a `www.` host, or a sub-domain after an ordinary word, is a sentence naming a
            // site ("lily22 at mail.acme.com" keeps its account-like local part).
            if word_at
                && !role
                && (labels[0] == "www"
                    || (words::is_common(local_s)
                        && registrable_domain(&host).is_some_and(|r| r.len() < host.len())))
            {
                continue;
            }
            format!("{local_s}@{host}")
        };
        consumed = m.end();
        let (ls, le) = spaced.map_or((m.start(), m.end()), |sp| sp.to_lower(m.start(), m.end()));
        let (start, end) = ft.orig(ls, le);
        let group = sink.group();
        sink.push(Cand {
            kind: SelectorKind::Email,
            platform: None,
            value: value.clone(),
            start,
            end,
            group,
            rank: RANK_EMAIL,
        });
        hits.push(EmailHit {
            start,
            end,
            value,
            group,
        });
    }
}

/// "yourname@example.com", "tucorreo@ejemplo.com", "email@dominio.com.br", "name@domain.de":
/// a form's placeholder in any of the ads' languages, not an address. A mailbox that says
/// "your …" ("yourname", "tucorreo", "seuemail", "votrenom", "ihrname") is one at any host;
/// one that only names the field ("name", "email", "correo") or the reader ("you", "tu",
/// "vous", "você") only at a host that says it is an example, a domain, a mailbox or the
/// reader's ("you@yourmail.com", "tu@email.com", "votre@email.fr"; "name@gmail.com",
/// "email@velvetrose.co.uk" and "lily@example.com" are addresses).
fn placeholder(local: &str, labels: &[&str]) -> bool {
    let local: String = local
        .chars()
        .filter(|c| !matches!(c, '.' | '_' | '-'))
        .collect();
    let yours = matches!(
        local.as_str(),
        "your"
            | "yourname"
            | "youremail"
            | "yourmail"
            | "tucorreo"
            | "tuemail"
            | "tunombre"
            | "seuemail"
            | "seunome"
            | "votreemail"
            | "votremail"
            | "votrenom"
            | "ihrname"
            | "ihreemail"
            | "deinname"
            | "tuonome"
            | "tuaemail"
    );
    let field_or_reader = matches!(
        local.as_str(),
        "name"
            | "email"
            | "mail"
            | "user"
            | "username"
            | "correo"
            | "nombre"
            | "usuario"
            | "nome"
            | "nom"
            // The reader, in the ads' languages.
            | "you"
            | "tu"
            | "vous"
            | "votre"
            | "ton"
            | "voce"
            | "vc"
            | "seu"
            | "sua"
            | "usted"
            | "du"
            | "dein"
            | "tuo"
            | "tua"
            | "ikaw"
            | "kayo"
    );
    let Some((_, hosts)) = labels.split_last() else {
        return false;
    };
    if yours {
        return true;
    }
    field_or_reader
        && !hosts.is_empty()
        && hosts.iter().enumerate().all(|(i, l)| {
            matches!(
                *l,
                "example"
                    | "ejemplo"
                    | "exemplo"
                    | "exemple"
                    | "beispiel"
                    | "esempio"
                    | "domain"
                    | "dominio"
                    | "domaine"
                    | "domein"
                    | "yourdomain"
                    | "email"
                    | "correo"
            ) || (i == 0 && l.starts_with("your"))
                || (i > 0 && crate::suffix::is_cc_second_level(l))
        })
}

/// "contact AT velvetrose DOT co", "correo: info at muzaspa dot mx": a role mailbox at a
/// site's own domain, where "contact" or "info" is the mailbox and not a word of the sentence
/// ("contact at school dot com" stays a sentence: its domain label is a common word; so does
/// "more info at acme dot com": a word before "info" makes it the sentence's).
fn role_at_own_domain(local: &str, domain: Option<&str>, word_before: &str) -> bool {
    let Some(domain) = domain else {
        return false;
    };
    let labels: Vec<&str> = DOT_SEP.split(domain).collect();
    // "info" is the mailbox after a mail cue or punctuation ("correo: info at …"); after a
    // word it is the sentence's ("more info at …", "for info at …").
    let role = match local {
        "contact" | "email" | "mail" => true,
        "info" => word_before.is_empty() || MAIL_WORDS.contains(&word_before),
        _ => false,
    };
    role && labels.len() >= 2
        // Mail lives at the registrable domain, not at a web host.
        && labels[0] != "www"
        && labels[..labels.len() - 1].iter().all(|l| {
            !l.is_empty() && (!words::is_common(l) || crate::suffix::is_cc_second_level(l))
        })
}

/// The word before `pos` is a possessive or definite determiner (en, es, fr, pt). Articles
/// that are also prepositions ("a" in "envía tu CV a rh at …") are left out.
fn determiner_before(lower: &str, pos: usize) -> bool {
    let word = crate::previous_word(lower, pos);
    matches!(
        word,
        "my" | "our"
            | "your"
            | "his"
            | "her"
            | "their"
            | "the"
            | "this"
            | "mi"
            | "mis"
            | "tu"
            | "su"
            | "nuestro"
            | "nuestra"
            | "mon"
            | "ma"
            | "notre"
            | "meu"
            | "minha"
            | "nosso"
            | "nossa"
    )
}

/// Where an email could start: the local part before each '@' and before each "at" written as a
/// word or in brackets (" at ", "[at]", "(at)"), in increasing order.
fn candidate_starts(lower: &str) -> Vec<usize> {
    let b = lower.as_bytes();
    let mut ats: Vec<usize> = memchr::memchr_iter(b'@', b).collect();
    // A percent-encoded "@" right after a local part ("to=lily22%40gmail.com").
    ats.extend(
        memchr::memmem::find_iter(b, b"%40").filter(|&i| i > 0 && b[i - 1].is_ascii_alphanumeric()),
    );
    let (at_finder, with_byte_before) = &*AT_FINDER;
    for m in at_finder.find_iter(b) {
        // A short word found with the byte before it: the word is what follows that byte.
        // "(a)": the word is the letter inside the brackets.
        let (i, len) = if with_byte_before[m.pattern().as_usize()] {
            (m.start() + 1, m.len() - 1)
        } else if b[m.start()].is_ascii_punctuation() {
            (m.start() + 1, 1)
        } else {
            (m.start(), m.len())
        };
        let before = i.checked_sub(1).map(|j| b[j]);
        let after = b.get(i + len).copied();
        if matches!(
            before,
            Some(b' ' | b'\t' | b'[' | b'(' | b'{' | b'<' | b'-')
        ) && matches!(after, Some(b' ' | b'\t' | b']' | b')' | b'}' | b'>' | b'-'))
        {
            ats.push(i);
        }
    }
    ats.sort_unstable();
    let mut starts: Vec<usize> = ats
        .into_iter()
        .map(|at| {
            let mut s = at;
            while s > 0 && matches!(b[s - 1], b' ' | b'\t' | b'\r' | b'\n') {
                s -= 1;
            }
            if s > 0 && matches!(b[s - 1], b'[' | b'(' | b'{' | b'<' | b'-') {
                s -= 1;
                while s > 0 && matches!(b[s - 1], b' ' | b'\t') {
                    s -= 1;
                }
            }
            let local_end = s;
            while s > 0
                && local_end - s < 64
                && (b[s - 1].is_ascii_alphanumeric() || b"._%+-".contains(&b[s - 1]))
            {
                s -= 1;
            }
            while s < local_end && !b[s].is_ascii_alphanumeric() {
                s += 1;
            }
            s
        })
        .collect();
    starts.sort_unstable();
    starts.dedup();
    starts
}

#[cfg(test)]
mod tests {
    use crate::testutil::{assert_none_of, values_of};
    use plainsight_core::SelectorKind::Email;

    #[test]
    fn positives() {
        for (text, want) in [
            ("mail lily22@gmail.com now", "lily22@gmail.com"),
            ("lily22 at gmail dot com", "lily22@gmail.com"),
            ("aa@aa.com", "aa@aa.com"),
            ("lily22 at mail.acme.com", "lily22@mail.acme.com"),
            (
                "mail me nina.rose at icloud dot com",
                "nina.rose@icloud.com",
            ),
            ("escríbeme: luna.bella at gmail", "luna.bella@gmail.com"),
            // Any free-mail provider, not only the ones written bare: a mailbox there is a
            // person's, whatever words its local part is made of.
            ("Почта diamond.sara AT BK DOT RU 📧", "diamond.sara@bk.ru"),
            ("mail: rosa.bella at gmx dot de", "rosa.bella@gmx.de"),
            ("mail: diamond.sara at mail.ru", "diamond.sara@mail.ru"),
            ("write to jobs at acme.co.ke", "jobs@acme.co.ke"),
            ("lily22 [at] gmail [dot] com", "lily22@gmail.com"),
            ("lily22(at)gmail(dot)com", "lily22@gmail.com"),
            ("lily22 @ gmail . com", "lily22@gmail.com"),
            ("Lily22 AT Gmail DOT Com", "lily22@gmail.com"),
            (
                "x: Lily.Rose+ads@Mail.Example.co.uk.",
                "lily.rose+ads@mail.example.co.uk",
            ),
            (
                "email me at sweet_anna at yahoo dot com",
                "sweet_anna@yahoo.com",
            ),
            (
                "Email: contact AT velvetlily-spa DOT co",
                "contact@velvetlily-spa.co",
            ),
            ("contact at marisolspa dot com", "contact@marisolspa.com"),
            (
                "Env\u{ED}a tu CV a rrhh at marisolspa.com.mx",
                "rrhh@marisolspa.com.mx",
            ),
            // Letters spaced out one by one, in any case, beside ordinary words.
            (
                "email me l i l y 2 2 @ g m a i l . c o m",
                "lily22@gmail.com",
            ),
            (
                "contact: B E L L A _ S U G A R @ P R O T O N . M E - +33 6 12",
                "bella_sugar@proton.me",
            ),
            (
                "write to h r @ a c m e - j o b s . c o . u k now",
                "hr@acme-jobs.co.uk",
            ),
            // "at" and "dot" in Spanish, Portuguese and French, spelled or in brackets.
            (
                "correo: luna.bella arroba gmail punto com",
                "luna.bella@gmail.com",
            ),
            (
                "email: lena22 arroba yahoo ponto com ponto br",
                "lena22@yahoo.com.br",
            ),
            (
                "écris à sofia1985 arobase bellamassage point fr",
                "sofia1985@bellamassage.fr",
            ),
            (
                "mail: sofia1985 chez bellamassage point fr",
                "sofia1985@bellamassage.fr",
            ),
            // Arabic: "at" and "dot" in Arabic letters.
            (
                "📧 sawadogo.careers آت yahoo.fr",
                "sawadogo.careers@yahoo.fr",
            ),
            ("البريد: nafissa آت gmail دوت com", "nafissa@gmail.com"),
            // Italian, Polish, Russian, and "(a)".
            (
                "scrivi a rosa.angel chiocciola icloud punto com",
                "rosa.angel@icloud.com",
            ),
            ("E-MAIL: AYLINVIBES MAŁPA WP KROPKA PL.", "aylinvibes@wp.pl"),
            (
                "pisz: kitty.67 małpa yahoo kropka com",
                "kitty.67@yahoo.com",
            ),
            ("почта: lola_34 собака inbox.lv", "lola_34@inbox.lv"),
            (
                "mail: reservations(a)blueorchid.co.za",
                "reservations@blueorchid.co.za",
            ),
            (
                "Kontakt: celine.s (\u{E4}t) 126 punkt com",
                "celine.s@126.com",
            ),
            (
                "contact{at}papaya-companions{dot}co{dot}za",
                "contact@papaya-companions.co.za",
            ),
            ("lena22 (arroba) gmail (punto) com", "lena22@gmail.com"),
            // "[@]", "[.]" and "-at-", "-dot-".
            (
                "inbox me cherry.hana [@] live [.] com",
                "cherry.hana@live.com",
            ),
            (
                "mi correo priya_84 -at- vanessavip -dot- com -dot- au",
                "priya_84@vanessavip.com.au",
            ),
            // A line break on either side of the "@".
            ("write to lily22@\ngmail.com today", "lily22@gmail.com"),
            ("write to lily22\n@gmail.com today", "lily22@gmail.com"),
            // Any delegated TLD in a tight address.
            ("mail lily@studio.photography", "lily@studio.photography"),
            // A site verb before a disguised host: a hidden mailbox.
            (
                "write to apply at acme-models dot com dot br",
                "apply@acme-models.com.br",
            ),
        ] {
            assert_eq!(values_of(text, Email), vec![want.to_string()], "{text}");
        }
    }

    #[test]
    fn a_spelled_at_after_every_mark_that_may_stand_before_it() {
        // The automaton finds a short spelled "at" only with the byte before it: one case per
        // byte it is built with, and "at" inside a word ("chat") is none.
        for (text, want) in [
            ("mail lily22 at gmail.com", "lily22@gmail.com"),
            ("mail lily22\tat\tgmail.com", "lily22@gmail.com"),
            ("mail lily22[at]gmail.com", "lily22@gmail.com"),
            ("mail lily22(at)gmail.com", "lily22@gmail.com"),
            ("mail lily22{at}gmail.com", "lily22@gmail.com"),
            ("mail lily22<at>gmail.com", "lily22@gmail.com"),
            ("mail lily22 -at- gmail.com", "lily22@gmail.com"),
            ("mail lily22 (\u{E4}t) gmail.com", "lily22@gmail.com"),
        ] {
            assert_eq!(values_of(text, Email), vec![want.to_string()], "{text}");
        }
        assert_none_of(&["lily22 chat gmail.com"], Email);
    }

    #[test]
    fn obfuscated_addresses_at_reserved_test_domains() {
        for (text, want) in [
            ("sales[at]lulatadecor.example", "sales@lulatadecor.example"),
            ("lily22 (at) studio.test", "lily22@studio.test"),
        ] {
            assert_eq!(values_of(text, Email), vec![want.to_string()], "{text}");
        }
        // Other delegated TLDs still need a tight '@'.
        assert!(values_of("see you at home.photography", Email).is_empty());
    }

    /// "@" spelled in German, Dutch, Swedish, Danish and Norwegian.
    #[test]
    fn at_signs_spelled_in_north_west_europe() {
        for (text, want) in [
            (
                "Schreib mir an willow.dreams Klammeraffe posteo.de",
                "willow.dreams@posteo.de",
            ),
            (
                "Reserveren via ewillems apenstaartje skynet.be",
                "ewillems@skynet.be",
            ),
            (
                "maila frida_khumalo60 snabel-a hotmail.se",
                "frida_khumalo60@hotmail.se",
            ),
            ("skriv til ola.n KRØLLALFA online.no", "ola.n@online.no"),
            (
                "sara.nielsen snabel-a live punkt dk",
                "sara.nielsen@live.dk",
            ),
        ] {
            assert_eq!(values_of(text, Email), vec![want.to_string()], "{text}");
        }
    }

    /// A common word after another word of the sentence, a bare "at" and a host written with
    /// plain dots is the sentence naming a site; a mail cue earlier in the sentence, or a
    /// department's mailbox, makes it an address.
    #[test]
    fn a_sentence_naming_a_site_is_no_address() {
        for text in [
            "Info and rates at lola-sweetdeal.com",
            "more pics at sugar-skye.ca 💋",
            "• Incall only • Info and rates at charm-ebba.no • Tel",
        ] {
            assert!(values_of(text, Email).is_empty(), "{text}");
            assert_eq!(
                values_of(text, plainsight_core::SelectorKind::Url).len(),
                1,
                "{text}"
            );
        }
        for (text, want) in [
            (
                "Email your resume to careers at goldcoastlogistics.com.ng",
                "careers@goldcoastlogistics.com.ng",
            ),
            (
                "Envía tu CV a hr at supermercadosprimavera.com.mx.",
                "hr@supermercadosprimavera.com.mx",
            ),
            ("• Email • write to rates at lola.com", "rates@lola.com"),
        ] {
            assert_eq!(values_of(text, Email), vec![want.to_string()], "{text}");
        }
    }

    /// A form's placeholder in several languages is no address; a real mailbox at either host
    /// word, or a placeholder word at a real host, is.
    #[test]
    fn placeholders_are_not_addresses() {
        for text in [
            "write to yourname@example.com",
            "E-mail: your.name@example.org",
            "correo: tucorreo@ejemplo.com",
            "email@dominio.com.br",
            "seuemail@exemplo.com",
            "votre_nom@exemple.fr",
            "ihrname@beispiel.de",
            "name@domain.de",
            "your@email.com",
            "send your CV to yourname@gmail.com",
            "mándalo a tucorreo@hotmail.com",
            "reply to you@yourmail.com",
            "tu@email.com",
            "escreva: voce@email.com",
            "vous@email.com",
            "votre@email.fr",
            "ikaw@email.com",
            "name@yoursite.com",
        ] {
            assert!(values_of(text, Email).is_empty(), "{text}");
        }
        for (text, want) in [
            ("lily22@example.com", "lily22@example.com"),
            ("name@gmail.com", "name@gmail.com"),
            ("email@velvetrose.co.uk", "email@velvetrose.co.uk"),
            ("tuma_vip@gmail.com", "tuma_vip@gmail.com"),
            ("tuyendung.nyc@primestar.mx", "tuyendung.nyc@primestar.mx"),
            // The reader's word at a real host is someone's mailbox ("Tu" is a name).
            ("tu@nguyenphat.vn", "tu@nguyenphat.vn"),
            ("you@youngstarmodels.com", "you@youngstarmodels.com"),
        ] {
            assert_eq!(values_of(text, Email), vec![want.to_string()], "{text}");
        }
    }

    /// A spelled "at" before an address that is refused as one ("write at lily.rose": no
    /// mailbox at a host "lily.rose") leaves the address itself to be read.
    /// In a link's query the "@" is percent-encoded: the address is read; a "%40" that is no
    /// mailbox's stays nothing.
    #[test]
    fn a_percent_encoded_at_in_a_link() {
        for (text, want) in [
            (
                "site.com/reply?ad=52&to=lily22%40gmail.com",
                "lily22@gmail.com",
            ),
            (
                "apply?mail=Ana.Rose%40Hotmail.com&x=1",
                "ana.rose@hotmail.com",
            ),
        ] {
            assert_eq!(values_of(text, Email), vec![want.to_string()], "{text}");
        }
        for text in ["50%40 off today", "save%40 now.com", "%40gmail.com"] {
            assert!(values_of(text, Email).is_empty(), "{text}");
        }
    }

    #[test]
    fn a_refused_spelled_at_does_not_hide_the_address_after_it() {
        for (text, want) in [
            (
                "reach me at amberleaf.puboq@gmail.com. bye",
                "amberleaf.puboq@gmail.com",
            ),
            (
                "details at julien.reyes@Gmail.com...",
                "julien.reyes@gmail.com",
            ),
            (
                "escríbeme a las 9 at maria.luz@hotmail.com",
                "maria.luz@hotmail.com",
            ),
            (
                "contactez-moi at nina.b-rose@outlook.fr",
                "nina.b-rose@outlook.fr",
            ),
        ] {
            assert_eq!(values_of(text, Email), vec![want.to_string()], "{text}");
        }
    }

    #[test]
    fn negatives() {
        for text in [
            "no spam to xxx@xxx.xxx please",
            "XXX@XXX.XXX",
            "meet at noon dot",
            "see you at school dot com",
            "I am at home. Com on",
            "price @ 200",
            "she works at yahoo",
            "I'm at gmail",
            "lily22 at gmailer",
            "name@localhost",
            "a @ b",
            "photo at beach dot jpg",
            "contact at school dot com",
            "contact at gmail",
            "Book.Now at lunaspa.co.uk",
            "see my site at lunaspa.co.uk",
            "visita nuestro sitio at lunaspa dot com",
            "CALL.ME at marisolspa dot com",
            "Apply online at www.acmecleaning.org",
            "I'm at home dot com, text me",
            "I’m at home dot com",
            "postule en ligne at www.hotelsoleil.fr",
            "apply online at careers.gardensuites.co.ke",
            "candidate-se online at vagas.cuidar.com.br",
            // A link named in a sentence, not a mailbox.
            "reserve at rb.gy/rG7X72cD",
            "Apply at royal-recruitment.com.br",
            "book at lunaspa.com/rates today",
            // Dashes in ordinary words are no spelled "at".
            "drop-at-the-door service . com",
            // File names and private network names are no addresses.
            "banner@2x.png",
            "admin@router.lan",
            "printer@office.local",
            // Spaced digits around an "@" are a price; spaced words without an "@" are shouting.
            "2 @ 1 5 0 . 0 0 each",
            "N E W G I R L . C O M I N G",
            "je suis chez moi point final",
            "a punto de llegar arroba",
            "see item (a) and (b) below.",
            "la casa a punto com",
            // "online" before a spelled "at" is the sentence's ("apply online at …"); a
            // pronoun of a language without a word list is too ("nandito ako at home dot com").
            "Apply online at falconridgerecruitment (DOT) sg",
            "nandito ako at home dot com lang",
        ] {
            assert!(values_of(text, Email).is_empty(), "{text}");
        }
    }

    #[test]
    fn info_at_an_own_domain_after_a_mail_cue() {
        for (text, want) in [
            ("correo: info at lunavexo dot mx", "info@lunavexo.mx"),
            ("Email info at velmiraspa dot com", "info@velmiraspa.com"),
            (
                "info (at) tarvessa (dot) co (dot) uk",
                "info@tarvessa.co.uk",
            ),
        ] {
            assert_eq!(values_of(text, Email), vec![want.to_string()], "{text}");
        }
        // After a word, "info" is the sentence's; at a web host, or a common word, it is no
        // mailbox.
        for text in [
            "More info at www DOT karvelon DOT ng",
            "for more info at karvelon (dot) online",
            "info at home dot com",
        ] {
            assert!(
                values_of(text, Email).is_empty(),
                "{text}: {:?}",
                values_of(text, Email)
            );
        }
    }

    /// A word of the sentence before "@provider" mentions the provider; a name before it, or a
    /// mailbox wrapped before its "@", is an address.
    #[test]
    fn a_provider_named_after_a_word_is_no_address() {
        assert_none_of(
            &[
                "replies come from @outlook.com",
                "respondemos pelo @gmail.com",
                "Rückmeldung nur über @t-online.de",
                "no @hotmail.com scammers pls",
                "contestamos desde @outlook.es",
            ],
            Email,
        );
        assert_eq!(
            values_of("Email: lilyvexari @gmail.com", Email),
            ["lilyvexari@gmail.com"]
        );
        assert_eq!(
            values_of("mail lily22 @gmail.com", Email),
            ["lily22@gmail.com"]
        );
        assert_eq!(
            values_of("Send CV: careers\n@acme-staffing.co.uk", Email),
            ["careers@acme-staffing.co.uk"]
        );
    }

    /// The last group of a phone number, a space and an account ("+40 777 903 989 @kate.hr")
    /// is no mailbox; digits glued to the "@", or a number alone before a spaced one, are.
    #[test]
    fn a_number_then_a_spaced_account_is_no_address() {
        assert_none_of(
            &[
                "WhatsApp: +40 777 903 989 @kate.hr",
                "Text or call: Cp#0945 377 5405 @lin.work",
                "call 0912-345-678 @mira.vip",
            ],
            Email,
        );
        assert_eq!(
            values_of("call +40 777 903 989@kate.hr", Email),
            ["989@kate.hr"]
        );
        assert_eq!(values_of("mail: 5405 @lin.work", Email), ["5405@lin.work"]);
    }

    /// A file's name before a wrapped "@" is no mailbox.
    #[test]
    fn a_file_name_is_no_mailbox() {
        assert_none_of(
            &["une photo_identite.jpg\n@etoiletravail.group sur Insta"],
            Email,
        );
    }

    /// A platform's name glued to "@" cues a handle, not a mailbox.
    #[test]
    fn a_platform_glued_to_an_at_is_no_mailbox() {
        assert_none_of(
            &[
                "TT@autos.fazipo.es ✨",
                "Folg mir tiktok@Fuviku.moebel.de",
                "IG@lily.rose",
            ],
            Email,
        );
        assert_eq!(
            values_of(
                "TT@autos.fazipo.es ✨",
                plainsight_core::SelectorKind::Handle
            ),
            ["autos.fazipo.es"]
        );
    }

    /// "em" (pt) and "ät" (de) spell the "@" after a mailbox that looks like one.
    #[test]
    fn at_spelled_em_and_aet() {
        assert_eq!(
            values_of("📧 larissa_like26 em bol ponto com ponto br", Email),
            ["larissa_like26@bol.com.br"]
        );
        assert_eq!(
            values_of(
                "e-mail pra dodi.larissa42 em terra ponto com ponto br",
                Email
            ),
            ["dodi.larissa42@terra.com.br"]
        );
        assert_eq!(
            values_of("📧 BOOKINGS ÄT SPA-DUBUVA PUNKT COM", Email),
            ["bookings@spa-dubuva.com"]
        );
        for (text, want) in [
            ("Email: cv arond zenit-brasov.pro", "cv@zenit-brasov.pro"),
            ("Mail linh_h a còng yahoo.com", "linh_h@yahoo.com"),
            (
                "Mail  thao96 a còng yahoo CHẤM com CHẤM vn",
                "thao96@yahoo.com.vn",
            ),
            ("katya7912 равлик meta.ua", "katya7912@meta.ua"),
            (
                "E-mail: olesya-zaitseva (собака) ukr точка net",
                "olesya-zaitseva@ukr.net",
            ),
            (
                "Email: georgiana.florea arond gmail PUNCT com",
                "georgiana.florea@gmail.com",
            ),
            (
                "Mail: sule-ozturk (at) gmail nokta com",
                "sule-ozturk@gmail.com",
            ),
            (
                "Surel admin at kenangarefleksi titik co titik id",
                "admin@kenangarefleksi.co.id",
            ),
        ] {
            assert_eq!(values_of(text, Email), [want], "{text}");
        }
        assert!(values_of("atendo em casa ponto com", Email).is_empty());
        assert!(values_of("Acesse em loja ponto com ponto br", Email).is_empty());
    }

    /// An address glued to the next word ends at the glue: a capital after the TLD's letters,
    /// or digits.
    #[test]
    fn an_address_glued_to_the_next_word() {
        for (text, want) in [
            ("gudebu48@sfr.frAppel +33 7 73 65 63 08", "gudebu48@sfr.fr"),
            (
                "bookings@serete-spa.deHandy 0170 52131470",
                "bookings@serete-spa.de",
            ),
            (
                "joy_pezala13@hotmail.co.uk07958473372",
                "joy_pezala13@hotmail.co.uk",
            ),
            ("mail lily@LunaSpa.com", "lily@lunaspa.com"),
            ("ZERI78+CL@GMAIL.COM", "zeri78+cl@gmail.com"),
        ] {
            assert_eq!(values_of(text, Email), [want], "{text}");
        }
    }
}
