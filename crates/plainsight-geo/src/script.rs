//! Writing systems used by one country's people (or two): Thai script says Thailand as surely as
//! a city name does not. A post written in one of them points to its country, which settles a
//! national number that several plausible regions would read alike.
//!
//! Only scripts whose users are, in ads, essentially one country's (or two) are listed; Latin,
//! Cyrillic, Arabic, Devanagari and the Chinese characters are shared by many. Greek is left out:
//! its letters are also look-alikes mixed into Latin words to dodge filters. One block of Latin
//! counts: the vowels Vietnamese writes with two diacritics or a tone mark (ể, ộ, ậ, ả), which no
//! other language of the ads uses (the dot-below vowels ẹ ị ọ ụ, which Yoruba and Igbo share,
//! are left out).

/// Fewest letters of a script before it counts: a stray letter is decoration.
const MIN_LETTERS: usize = 4;

/// (first, last code point, countries), by script.
const SCRIPTS: &[(u32, u32, &[&str])] = &[
    (0x0530, 0x058F, &["AM"]),       // Armenian
    (0x0590, 0x05FF, &["IL"]),       // Hebrew
    (0x0980, 0x09FF, &["BD", "IN"]), // Bengali (Bangladesh; West Bengal, Assam)
    (0x0A00, 0x0A7F, &["IN"]),       // Gurmukhi
    (0x0A80, 0x0AFF, &["IN"]),       // Gujarati
    (0x0B00, 0x0B7F, &["IN"]),       // Oriya
    (0x0B80, 0x0BFF, &["IN", "LK"]), // Tamil
    (0x0C00, 0x0C7F, &["IN"]),       // Telugu
    (0x0C80, 0x0CFF, &["IN"]),       // Kannada
    (0x0D00, 0x0D7F, &["IN"]),       // Malayalam
    (0x0D80, 0x0DFF, &["LK"]),       // Sinhala
    (0x0E00, 0x0E7F, &["TH"]),       // Thai
    (0x0E80, 0x0EFF, &["LA"]),       // Lao
    (0x1000, 0x109F, &["MM"]),       // Myanmar
    (0x10A0, 0x10FF, &["GE"]),       // Georgian
    (0x1100, 0x11FF, &["KR"]),       // Hangul Jamo
    (0x1200, 0x137F, &["ET", "ER"]), // Ethiopic
    (0x1780, 0x17FF, &["KH"]),       // Khmer
    (0x3040, 0x30FF, &["JP"]),       // Hiragana, Katakana
    (0x3130, 0x318F, &["KR"]),       // Hangul compatibility Jamo
    (0xAC00, 0xD7AF, &["KR"]),       // Hangul syllables
    // Vietnamese: the Latin vowels with a tone mark and a second diacritic, or a tone mark
    // other than the ones Yoruba and Igbo use under e, i, o, u (see `counts_for`).
    (0x1EA0, 0x1EF9, &["VN"]),
];

/// Whether a letter of a listed range counts for it: the dot-below vowels ẹ ị ọ ụ of the
/// Vietnamese block are also Yoruba's and Igbo's, so they point nowhere.
fn counts_for(c: char) -> bool {
    !matches!(
        c,
        '\u{1EB8}'
            | '\u{1EB9}'
            | '\u{1ECA}'
            | '\u{1ECB}'
            | '\u{1ECC}'
            | '\u{1ECD}'
            | '\u{1EE4}'
            | '\u{1EE5}'
    )
}

/// The countries the scripts a text is written in point to (see the module documentation), in
/// the order of `SCRIPTS`; empty for text in shared scripts. Digits and signs of a script
/// (Thai digits) count as its letters.
pub fn countries_of_script(text: &str) -> Vec<&'static str> {
    let mut counts = [0usize; SCRIPTS.len()];
    if text.is_ascii() {
        return Vec::new();
    }
    let vietnamese = SCRIPTS
        .iter()
        .position(|&(a, _, _)| a == 0x1EA0)
        .unwrap_or(0);
    let mut devanagari = 0usize;
    for c in text.chars() {
        let u = c as u32;
        // The horned vowels ơ and ư are Vietnamese's own too.
        if matches!(c, '\u{01A0}' | '\u{01A1}' | '\u{01AF}' | '\u{01B0}') {
            counts[vietnamese] += 1;
            continue;
        }
        if u < 0x0530 {
            continue;
        }
        // Devanagari is no one country's script; Nepali written in it is read below.
        if (0x0900..=0x097F).contains(&u) {
            devanagari += 1;
            continue;
        }
        if let Some(k) = SCRIPTS.iter().position(|&(a, b, _)| (a..=b).contains(&u)) {
            if counts_for(c) {
                counts[k] += 1;
            }
        }
    }
    let mut out: Vec<&'static str> = Vec::new();
    for (k, &n) in counts.iter().enumerate() {
        if n >= MIN_LETTERS {
            for &c in SCRIPTS[k].2 {
                if !out.contains(&c) {
                    out.push(c);
                }
            }
        }
    }
    if devanagari > 0 && written_in_nepali(text) && !out.contains(&"NP") {
        out.push("NP");
    }
    out
}

/// Words only Nepali writes of the two languages Devanagari ads are mostly in: its verbs "to
/// be" and their forms, its postpositions written apart, its pronouns and counters ("साउदीको
/// कम्पनीका लागि 50 जना चाहिन्छ").
const NEPALI_WORDS: &[&str] = &[
    "छ",
    "छन्",
    "छौं",
    "छैन",
    "हुन्छ",
    "हुन्छन्",
    "हुनेछ",
    "हुने",
    "गर्नुहोस्",
    "गर्नुस्",
    "गर्न",
    "गर्ने",
    "गर्छ",
    "गर्छन्",
    "गरेको",
    "लागि",
    "जना",
    "पनि",
    "वटा",
    "तपाईं",
    "तपाईंको",
    "हामी",
    "हाम्रो",
    "रहेको",
    "भएको",
    "भएका",
    "चाहिएको",
    "चाहिन्छ",
    "लाई",
    "बाट",
    "सँग",
    "थियो",
    "र",
    "उमेर",
    "बस्ना",
    "ठूलो",
    "राम्रो",
    "आइतबार",
    "सोमबार",
    "मंगलबार",
    "बुधबार",
    "बिहीबार",
    "शुक्रबार",
    "शनिबार",
];

/// Endings only Nepali writes on a word: the object marker "-लाई" ("अनुभवीलाई") and the plural
/// "-हरू" ("कामदारहरू"). (Its weekdays end in "-बार", "शनिबार", where Hindi writes "शनिवार": listed
/// whole, since Hindi words end in "-बार" too, "अखबार".)
const NEPALI_ENDINGS: &[&str] = &["लाई", "हरू", "हरु"];

/// Words only Hindi writes of the two ("कंपनी के लिए 50 नर्स चाहिए, वेतन और ओवरटाइम").
const HINDI_WORDS: &[&str] = &[
    "है",
    "हैं",
    "में",
    "और",
    "लिए",
    "करें",
    "करे",
    "भी",
    "हम",
    "यह",
    "वह",
    "था",
    "थे",
    "गया",
    "वेतन",
    "चाहिए",
    "से",
    "की",
];

/// Whether a text in Devanagari is written in Nepali rather than Hindi or Marathi: at least two
/// words only Nepali writes and at least twice as many as words only Hindi writes. Nepali is
/// Nepal's language (India counts it among its own, in Sikkim and Darjeeling); a recruitment
/// ad written in it is Nepal's as surely as one in Thai is Thailand's.
pub fn written_in_nepali(text: &str) -> bool {
    if text.is_ascii() {
        return false;
    }
    let (mut nepali, mut hindi) = (0usize, 0usize);
    for word in
        text.split(|c: char| !('\u{0900}'..='\u{097F}').contains(&c) || c == '।' || c == '॥')
    {
        if word.is_empty() {
            continue;
        }
        if NEPALI_WORDS.contains(&word)
            || NEPALI_ENDINGS
                .iter()
                .any(|e| word.len() > e.len() + 3 && word.ends_with(e))
        {
            nepali += 1;
        } else if HINDI_WORDS.contains(&word) {
            hindi += 1;
        }
    }
    nepali >= 2 && nepali >= 2 * hindi
}

/// Scripts many countries share, with the languages written in them that ads use: Cyrillic
/// (Russian, Ukrainian, Belarusian, Bulgarian, Serbian, Macedonian, Kazakh, Kyrgyz, Tajik,
/// Mongolian), Arabic (Arabic, Persian, Urdu, Pashto) and Devanagari (Hindi, Nepali, Marathi).
/// They name no one country, but the countries that speak those languages
/// ([`crate::countries_speaking`]) are where a number the post gives can be read when nothing
/// else places it. The Chinese characters are read apart ([`scan`]): Japanese
/// and Korean write them too, and the countries GeoNames lists as speaking Chinese include
/// some with short numbers that listing ids fit.
const SHARED: &[(u32, u32, &[&str])] = &[
    (
        0x0400,
        0x04FF,
        &["ru", "uk", "be", "bg", "sr", "mk", "kk", "ky", "tg", "mn"],
    ),
    (0x0600, 0x06FF, &["ar", "fa", "ur", "ps"]),
    (0x0750, 0x077F, &["ar", "fa", "ur", "ps"]),
    (0x0900, 0x097F, &["hi", "ne", "mr"]),
];

/// Where ads are written in Chinese characters: China, Taiwan, Hong Kong, Macau, and the
/// Chinese of Singapore and Malaysia. GeoNames also lists Chinese for Christmas Island, the
/// Northern Marianas, Palau and Trinidad, whose short numbers a listing id fits: left out.
const CHINESE_WRITERS: &[&str] = &["CN", "TW", "HK", "MO", "SG", "MY"];

/// Whether `c` is one of the Chinese characters (the unified ideographs, extension A and the
/// compatibility block).
pub(crate) fn is_han(c: char) -> bool {
    matches!(c as u32, 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF)
}

/// What one pass over a text finds of the shared scripts: the letters of each of [`SHARED`],
/// whether it holds [`MIN_LETTERS`] Chinese characters or more, and whether it holds kana or
/// Hangul (Japanese and Korean write the characters too, always beside their own).
fn scan(text: &str) -> ([usize; SHARED.len()], bool, bool) {
    let mut counts = [0usize; SHARED.len()];
    if text.is_ascii() {
        return (counts, false, false);
    }
    let (mut han, mut kana_or_hangul) = (0usize, false);
    for c in text.chars() {
        let u = c as u32;
        if u >= 0x1100 {
            if is_han(c) {
                han += 1;
            } else if matches!(u, 0x1100..=0x11FF | 0x3040..=0x30FF | 0x3130..=0x318F | 0x31F0..=0x31FF | 0xAC00..=0xD7AF | 0xFF66..=0xFF9F)
            {
                kana_or_hangul = true;
            }
            continue;
        }
        if let Some(k) = SHARED.iter().position(|&(a, b, _)| (a..=b).contains(&u)) {
            counts[k] += 1;
        }
    }
    (counts, han >= MIN_LETTERS, kana_or_hangul)
}

/// Which of [`SHARED`] a text is written in (at least [`MIN_LETTERS`] letters or digits of
/// the script), as indices; empty for ASCII text.
fn shared_scripts(text: &str) -> Vec<usize> {
    shared_of(&scan(text).0)
}

fn shared_of(counts: &[usize; SHARED.len()]) -> Vec<usize> {
    (0..SHARED.len())
        .filter(|&k| counts[k] >= MIN_LETTERS)
        .collect()
}

/// The languages of the shared scripts a text is written in, in the order of `SHARED`;
/// empty for ASCII text. Of the Arabic script's, only those its letters allow
/// ([`narrowed_languages`]).
pub fn languages_of_script(text: &str) -> Vec<&'static str> {
    let mut out: Vec<&'static str> = Vec::new();
    for k in shared_scripts(text) {
        for &l in narrowed_languages(k, text).unwrap_or(SHARED[k].2) {
            if !out.contains(&l) {
                out.push(l);
            }
        }
    }
    out
}

/// Of shared script `k`'s languages, those a text's letters allow, where they decide (the
/// Arabic script only); `None`: any of them.
fn narrowed_languages(k: usize, text: &str) -> Option<&'static [&'static str]> {
    if matches!(SHARED[k].0, 0x0600 | 0x0750) {
        arabic_script_languages(text)
    } else {
        None
    }
}

/// Arabic, Persian, Urdu and Pashto share a script but not every letter: Arabic writes its
/// yeh `ي`, kaf `ك`, ta marbuta `ة` and alef maqsura `ى` where Persian, Urdu and Pashto write
/// `ی` and `ک`, and these add `پ چ ژ گ`; Urdu adds `ٹ ڈ ڑ ں ے ھ`, Pashto `ټ ډ ړ ږ ښ ګ ڼ ۍ ې`.
/// A text whose letters lean clearly one way (four to one, two letters at least) is in those
/// languages; otherwise (a few words, borrowed names) `None`: any of them.
fn arabic_script_languages(text: &str) -> Option<&'static [&'static str]> {
    let (mut arabic, mut others, mut urdu, mut pashto) = (0usize, 0usize, 0usize, 0usize);
    for c in text.chars() {
        match c {
            '\u{064A}' | '\u{0643}' | '\u{0629}' | '\u{0649}' => arabic += 1,
            '\u{06CC}' | '\u{06A9}' | '\u{067E}' | '\u{0686}' | '\u{0698}' | '\u{06AF}' => {
                others += 1
            }
            '\u{0679}' | '\u{0688}' | '\u{0691}' | '\u{06BA}' | '\u{06D2}' | '\u{06D3}'
            | '\u{06BE}' => urdu += 1,
            '\u{067C}' | '\u{0689}' | '\u{0693}' | '\u{0696}' | '\u{069A}' | '\u{06AB}'
            | '\u{06BC}' | '\u{06CD}' | '\u{06D0}' => pashto += 1,
            _ => {}
        }
    }
    let others = others + urdu + pashto;
    if arabic >= 2 && others * 4 <= arabic {
        Some(&["ar"])
    } else if others >= 2 && arabic * 4 <= others {
        Some(if urdu >= 2 && urdu >= pashto {
            &["ur"]
        } else if pashto >= 2 {
            &["ps"]
        } else {
            &["fa", "ps"]
        })
    } else {
        None
    }
}

/// The countries that speak each language of a shared script, worked out once.
static SPEAKERS: std::sync::LazyLock<
    std::collections::HashMap<&'static str, Vec<plainsight_core::Region>>,
> = std::sync::LazyLock::new(|| {
    SHARED
        .iter()
        .flat_map(|(_, _, languages)| languages.iter())
        .map(|&l| (l, crate::countries_speaking(l)))
        .collect()
});

/// The countries that speak the languages of the shared scripts a text is written in
/// ([`languages_of_script`], [`crate::countries_speaking`]), and those where ads are written
/// in Chinese ([`CHINESE_WRITERS`]) for a text in Chinese characters without kana or Hangul;
/// empty for ASCII text.
pub fn speakers_of_script(text: &str) -> Vec<plainsight_core::Region> {
    speakers_of_texts(&[text])
}

/// [`speakers_of_script`] of a post's fields together: the speakers of each field's shared
/// scripts, the countries that write Chinese where a field is in Chinese characters and no
/// field holds kana or Hangul (the title of a Japanese ad, "新人（22）福岡市博多区", is
/// Japanese too), and those that speak Indonesian or Malay where the fields are written in
/// them ([`plainsight_text::words::written_in_malay`]).
pub fn speakers_of_texts(texts: &[&str]) -> Vec<plainsight_core::Region> {
    let mut out: Vec<plainsight_core::Region> = Vec::new();
    let (mut chinese, mut kana_or_hangul) = (false, false);
    for text in texts {
        let (counts, han, kana) = scan(text);
        chinese |= han;
        kana_or_hangul |= kana;
        for k in shared_of(&counts) {
            let languages = narrowed_languages(k, text).unwrap_or(SHARED[k].2);
            let speakers = languages.iter().flat_map(|l| SPEAKERS[l].iter());
            for &c in speakers {
                if !out.contains(&c) {
                    out.push(c);
                }
            }
        }
    }
    if chinese && !kana_or_hangul {
        for c in CHINESE_WRITERS {
            if let Some(c) = plainsight_core::Region::from_data(c) {
                if !out.contains(&c) {
                    out.push(c);
                }
            }
        }
    }
    // Indonesian and Malay, written in Latin letters, say it as a script would: the countries
    // that speak them (Indonesia, Timor-Leste, Malaysia, Brunei, Singapore) are where a mobile
    // given as a phone that nothing else reads is read ("Lowongan kerja di Kamboja … Hubungi
    // WA 0812-3456-7890" is Indonesian).
    if plainsight_text::words::written_in_malay(texts) {
        for c in ["id", "ms"]
            .iter()
            .flat_map(|l| crate::countries_speaking(l))
        {
            if !out.contains(&c) {
                out.push(c);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::{countries_of_script, languages_of_script, speakers_of_script, speakers_of_texts};

    /// Devanagari is Hindi's, Marathi's and Nepali's; an ad whose words are Nepali's points
    /// to Nepal.
    #[test]
    fn an_ad_written_in_nepali_points_to_nepal() {
        assert_eq!(
            countries_of_script(
                "साउदी अरबको ठूलो कम्पनीका लागि 50 जना नर्स आवश्यक। तलब SAR 1,500 + ओभरटाइम। \
                 खाना बस्ना कम्पनीले। फोन गर्नुहोस्"
            ),
            vec!["NP"]
        );
        assert!(countries_of_script(
            "सऊदी अरब की बड़ी कंपनी के लिए 50 नर्स चाहिए। वेतन SAR 1500 और ओवरटाइम, खाना और \
             रहना कंपनी की तरफ से है"
        )
        .is_empty());
        // One Nepali word is not enough.
        assert!(countries_of_script("नर्स चाहिए र ड्राइवर").is_empty());
        // Endings only Nepali writes count as its words.
        assert_eq!(
            countries_of_script("युएईमा काम। उमेर 20-40 वर्ष। अनुभवीलाई प्राथमिकता। अन्तर्वार्ता शनिबार"),
            vec!["NP"]
        );
    }

    #[test]
    fn one_country_scripts_point_to_it() {
        assert_eq!(countries_of_script("สวัสดีค่ะ รูปจริง"), vec!["TH"]);
        assert_eq!(countries_of_script("안녕하세요 오빠"), vec!["KR"]);
        assert_eq!(countries_of_script("ሰላም ነው"), vec!["ET", "ER"]);
        assert_eq!(
            countries_of_script("Tuyển lao động đi Nhật Bản, lương cao"),
            vec!["VN"]
        );
        assert_eq!(countries_of_script("যোগাযোগ করুন"), vec!["BD", "IN"]);
        assert_eq!(countries_of_script("தொடர்பு கொள்ள"), vec!["IN", "LK"]);
        assert_eq!(
            countries_of_script("Cho thuê phòng, điện nước, Liên hệ, thú cưng"),
            vec!["VN"]
        );
        // Yoruba's dot-below vowels are not Vietnamese.
        assert!(countries_of_script("Ẹ ku ọjọ mẹta, ọmọ ẹgbẹ").is_empty());
    }

    #[test]
    fn shared_scripts_and_stray_letters_point_nowhere() {
        assert!(countries_of_script("Hello, new in town").is_empty());
        assert!(countries_of_script("Привет, я Аня").is_empty());
        assert!(countries_of_script("مرحبا حبيبي").is_empty());
        assert!(countries_of_script("ΒΕΑUΤΥ ΡΑRΤΥ").is_empty());
        assert!(countries_of_script("kiss ค 💋").is_empty());
    }

    #[test]
    fn shared_scripts_name_languages_not_countries() {
        assert_eq!(languages_of_script("Звонки Милана")[0], "ru");
        // Arabic's own letters (ي, ك) say Arabic; Persian's (ی, ک, پ, گ) Persian, Urdu's
        // (ے, ں, ٹ) Urdu; a word or two without them any of the script's languages.
        assert_eq!(languages_of_script("مساج في الزمالك"), ["ar"]);
        assert_eq!(
            languages_of_script("ماساژ در زمالک، تماس بگیرید"),
            ["fa", "ps"]
        );
        assert_eq!(
            languages_of_script("رابطہ کریں، کراچی میں ملازمت کے لیے"),
            ["ur"]
        );
        assert_eq!(languages_of_script("مرحبا حبيبي"), ["ar"]);
        assert_eq!(languages_of_script("مرحبا الآن"), ["ar", "fa", "ur", "ps"]);
        let ar = speakers_of_script("للحجز اتصل على الرقم التالي");
        assert!(ar.iter().any(|r| r.as_str() == "SA"));
        assert!(!ar.iter().any(|r| ["IN", "PK", "IR"].contains(&r.as_str())));
        assert_eq!(languages_of_script("मालिश केंद्र"), ["hi", "ne", "mr"]);
        assert!(languages_of_script("Hello there").is_empty());
        // A stray letter is decoration.
        assert!(languages_of_script("Hello Жк").is_empty());
        // Nor do shared scripts point to one country; their languages' countries are many.
        assert!(countries_of_script("Звонки Милана").is_empty());
        let ru = speakers_of_script("Звонки Милана");
        assert!(["RU", "KZ", "BY", "UA", "UZ"]
            .iter()
            .all(|c| ru.iter().any(|r| r.as_str() == *c)));
        assert!(speakers_of_script("Hello there").is_empty());
    }

    /// Chinese characters without kana or Hangul are Chinese writing: China, Taiwan, Hong
    /// Kong, Macau, Singapore, Malaysia (not the small plans GeoNames also lists); with kana
    /// they are Japanese, with Hangul Korean, and three of them are a word borrowed.
    #[test]
    fn chinese_writing_names_the_countries_that_write_it() {
        let codes = |t: &str| -> Vec<String> {
            speakers_of_script(t)
                .iter()
                .map(|r| r.as_str().to_string())
                .collect()
        };
        assert_eq!(
            codes("高薪招聘客服，包吃包住"),
            ["CN", "TW", "HK", "MO", "SG", "MY"]
        );
        assert_eq!(codes("誠徵門市人員"), ["CN", "TW", "HK", "MO", "SG", "MY"]);
        assert!(codes("新しいお店です。電話まで").is_empty());
        assert!(codes("韓國 마사지 전화").is_empty());
        assert!(codes("Call me 电话 now").is_empty());
        assert!(countries_of_script("高薪招聘客服，包吃包住").is_empty());
        // A Japanese ad's title in characters alone is Japanese: its body has kana.
        assert!(
            speakers_of_texts(&["新人Coco（22）福岡市博多区", "ご予約はお早めに。"]).is_empty()
        );
        assert_eq!(
            speakers_of_texts(&["新人Coco（22）深水埗", "Call me"]).len(),
            6
        );
    }
}
