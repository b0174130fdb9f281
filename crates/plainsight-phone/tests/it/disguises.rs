//! Disguises from issue 9, one test per class, written from the class description (own
//! synthetic numbers, several countries and languages), each with decoys that must stay out.

use plainsight_phone::{
    find_phones_planned, find_phones_staged, plausible_regions, PhoneReading, Region, RegionPlan,
    RegionSource, PLAUSIBLE_REGIONS,
};

use crate::rules::check;

#[test]
fn a_separator_between_every_digit_or_pair() {
    check(&[
        ("text 7@1@3@5@5@5@0@1@2@3", "US", &["+17135550123"]),
        ("call 713!555!01!23", "US", &["+17135550123"]),
        ("06;12;34;56;78", "FR", &["+33612345678"]),
        ("wa 0'8'0'3'1'2'3'4'5'6'7", "NG", &["+2348031234567"]),
        ("0412~345~678", "AU", &["+61412345678"]),
        ("call 7+1+3+5+5+5+0+1+2+3", "US", &["+17135550123"]),
        ("0+4+1+2+3+4+5+6+7+8", "AU", &["+61412345678"]),
        // Times, scores and ratios have too few groups; sums of a few terms are no number.
        ("open 10:30-11:45 daily", "US", &[]),
        ("score 3:1:2", "GB", &[]),
        ("2+2+1 girls, 3+1 rooms, 24+7", "US", &[]),
    ]);
}

/// A number split into its parts by words that order them, in several languages.
#[test]
fn a_number_split_by_ordering_words() {
    check(&[
        (
            "Text me 201 then 354 then 4178 anytime",
            "US",
            &["+12013544178"],
        ),
        (
            "Call 702 and then 555 and then 0143",
            "US",
            &["+17025550143"],
        ),
        (
            "Llamame: 300 y luego 555 y luego 0123",
            "CO",
            &["+573005550123"],
        ),
        (
            "appelle 06 puis 12 puis 34 puis 56 puis 78",
            "FR",
            &["+33612345678"],
        ),
        (
            "chama 11 depois 98765 depois 4321",
            "BR",
            &["+5511987654321"],
        ),
        ("ruf 0171 dann 2345678", "DE", &["+491712345678"]),
        ("звони 916 потом 555 потом 01 43", "RU", &["+79165550143"]),
        ("empieza con 300 y sigue 555 0123", "CO", &["+573005550123"]),
        ("first part 713, rest 555 0123", "US", &["+17135550123"]),
        ("сначала 916, дальше 555 01 43", "RU", &["+79165550143"]),
        ("liga 11 98765, segue 4321", "BR", &["+5511987654321"]),
        ("call 773 and the rest is 852-3991", "US", &["+17738523991"]),
        (
            "llama al 300 y el resto es 555 0123",
            "CO",
            &["+573005550123"],
        ),
        // Amounts and times joined by the same words are no number.
        ("$200 then $150 each hour after", "US", &[]),
        ("2 hours rest 30 min", "US", &[]),
        ("open 10 then 22 then close", "US", &[]),
        ("2 girls then 3 more then 1", "US", &[]),
    ]);
}

/// Hindi number words in Latin letters (Indian ads), mixed with digits; the ones that are
/// English words stay words outside a spelled number.
#[test]
fn hindi_number_words_in_latin_letters() {
    check(&[
        ("call saat chhe shunya do 68 8011", "IN", &["+917602688011"]),
        (
            "WhatsApp nau aath paanch 12 34567",
            "IN",
            &["+919851234567"],
        ),
        ("what do you do, teen 19 only, char 2 hours", "IN", &[]),
    ]);
}

/// Afrikaans number words (South Africa), mixed with digits.
#[test]
fn heavy_plus_and_account_references() {
    check(&[
        (
            "WhatsApp \u{2795}5\u{FE0F}\u{20E3}5\u{FE0F}\u{20E3}6\u{FE0F}\u{20E3}1\u{FE0F}\u{20E3}981598259",
            "US",
            &["+5561981598259"],
        ),
        ("Deposit to a/c 713 555 0123 only", "US", &[]),
        ("A/C no. 713 555 0123", "US", &[]),
        ("Order ORD-2024-272903 shipped", "US", &[]),
    ]);
}

#[test]
fn afrikaans_number_words() {
    check(&[
        (
            "WhatsApp +27 68 156 drie nege vier een",
            "ZA",
            &["+27681563941"],
        ),
        ("bel 0775 2 twee een ses drie nege", "ZA", &["+27775221639"]),
        ("R 1300 vir ses ure", "ZA", &[]),
    ]);
}

#[test]
fn an_international_number_after_00_is_no_card_number() {
    check(&[
        // Passes Luhn by chance; no card or IMEI begins with 00.
        ("call 00573230890432 ok", "US", &["+573230890432"]),
        // A card number stays one.
        ("card 4111111111111111", "US", &[]),
    ]);
}

#[test]
fn mixed_marks_between_single_digits_hold_no_date() {
    check(&[
        // Slashes, points and backslashes mixed: no day/month ("3/1", "5/6") inside.
        ("txt 3/1.2/6.4/1.1/7.7/6", "US", &["+13126411776"]),
        ("txt 3 / 1 / 2. 6. 4/1./1\\7.7./6", "US", &["+13126411776"]),
        ("call 61\\5/6/17\\6-4\\2/9", "US", &["+16156176429"]),
        ("wa 0.4/1\\7./5/4/5-3.7.1", "AU", &["+61417545371"]),
        // A lone point between single digits makes a short run a decimal, not a number.
        ("rates 1.5/2.5/3.5/4.5 hours", "US", &[]),
        (
            "open 05/12 - 09/12, call 713-555-0123",
            "US",
            &["+17135550123"],
        ),
    ]);
}

#[test]
fn homophones_inside_spelled_numbers() {
    check(&[
        ("7-won-3 5 5 5 0-won-to-3", "US", &["+17135550123"]),
        ("0-for-won-2 3for5 6 7 8", "AU", &["+61412345678"]),
        ("seis-won-too 3-4-5 6-ate-9", "ES", &["+34612345689"]),
        (
            "8 zero WON.3 Nein Ate.6 5 nine Fore",
            "US",
            &["+18013986594"],
        ),
        // German "nein" beside a number is the word.
        (
            "Französisch: nein 0151 2345 6789",
            "DE",
            &["+4915123456789"],
        ),
        // The next line of the ad, after an emoji, is not read on into: "12" is a time.
        (
            "CALL ME 5 0 For - 6 nine 2 - 1 7 oh 4<br>💋 12-midnight",
            "US",
            &["+15046921704"],
        ),
        // A homophone next to a number that is a word stays a word.
        ("call me to 713 555 0123 for info", "US", &["+17135550123"]),
        ("from 2024 to 2025", "US", &[]),
    ]);
}

#[test]
fn number_words_glued_and_leet() {
    check(&[
        (
            "sevenonethree fivefivefive zeroonetwothree",
            "US",
            &["+17135550123"],
        ),
        ("7ONE3 55five 0one23", "US", &["+17135550123"]),
        (
            "s3v3n 0n3 thr33 f1v3 f1ve f1v3 z3r0 0ne tw0 thr3e",
            "US",
            &["+17135550123"],
        ),
        (
            "null sechs eins zwei drei vier fünf sechs sieben acht",
            "FR",
            &["+33612345678"],
        ),
        // Leet is for number words only: "7oo" is 700, not "too".
        ("514 7oo 9ooo", "CA", &["+15147009000"]),
        // Where a token reads either way, its digits stay digits: "OI70" is 0170 with two
        // look-alikes, not Portuguese "oito" (8) with its 7 and 0 read as letters.
        ("WA 718-555-OI70", "US", &["+17185550170"]),
        // Nor is a word read whose every kept letter is a look-alike itself: "OI7O" is 0170.
        ("cell 2l4.555.OI7O", "US", &["+12145550170"]),
    ]);
}

#[test]
fn multipliers() {
    check(&[
        ("713 - 5 hundred - 2 thousand", "US", &["+17135002000"]),
        // Tens and a unit before a multiplier are one amount: "thirty one hundred" is 3100,
        // "thirty-five hundred" 3500.
        (
            "seven one three, five hundred, thirty one hundred",
            "US",
            &["+17135003100"],
        ),
        ("(205) 726 thirty-five hundred", "US", &["+12057263500"]),
        ("0412 74-eighteen hundred", "AU", &["+61412741800"]),
        (
            "seven one three, five hundred, 31 hundred",
            "US",
            &["+17135003100"],
        ),
        // A multiplied amount is a price.
        ("two hundred roses", "US", &[]),
        ("5 thousand a month", "US", &[]),
    ]);
}

#[test]
fn names_glued_and_literal_escapes() {
    check(&[
        ("Lexi7135550123", "US", &["+17135550123"]),
        ("Jasmine07911123456baby", "GB", &["+447911123456"]),
        ("0\\u20224\\u20221\\u20222 345 678", "AU", &["+61412345678"]),
        ("713&#8226;555&bull;0123", "US", &["+17135550123"]),
        // Codes glued to capitals stay codes.
        ("SKU AB1 713 555 0123X", "US", &[]),
    ]);
}

#[test]
fn spoken_international_numbers() {
    check(&[
        (
            "plus four four seven nine one one, one two three four five six",
            "",
            &["+447911123456"],
        ),
        (
            "más tres cuatro seis uno dos tres cuatro cinco seis siete ocho",
            "",
            &["+34612345678"],
        ),
        (
            "mais cinco cinco um um nove um dois três quatro cinco seis sete oito",
            "",
            &["+5511912345678"],
        ),
        (
            "plus trois trois six un deux trois quatre cinq six sept huit",
            "",
            &["+33612345678"],
        ),
        (
            "zero zero four four seven nine one one one two three four five six",
            "",
            &["+447911123456"],
        ),
        // Read as international, not as a national number in the post's region.
        (
            "plus four four seven nine one one, one two three four five six",
            "FR",
            &["+447911123456"],
        ),
        (
            "più tre nove tre uno, sei sei, otto due sei, quattro zero nove",
            "",
            &["+393166826409"],
        ),
        // "más" and "più" before a small count are words.
        ("más 2 horas", "ES", &[]),
        ("più di 20 anni, 3 ore", "IT", &[]),
    ]);
}

#[test]
fn tracking_and_order_numbers_are_not_phones() {
    check(&[
        ("Tracking 1Z 999 AA1 01 2345 6784", "FR", &[]),
        ("Royal Mail RM 6811 3751 0GB", "GB", &[]),
        ("Order #4481 2290 1133", "US", &[]),
        // A reference word before a code of letters and digits; order words of de, it, nl.
        ("Last parcel 1Z R48 358 16 8406 7472 came fine", "US", &[]),
        ("Paket 3S K9B 212 555 0147 zugestellt", "US", &[]),
        ("Bestellnummer #212-5550147, Versand möglich", "US", &[]),
        ("Numero ordine 212 555 0147", "US", &[]),
        // A code before a number with no reference word leaves it a number.
        ("Zimmer B2 Tel 030 1234567", "DE", &["+49301234567"]),
        ("txt only 0903 042 1967. Ask", "NG", &["+2349030421967"]),
        ("price only 150", "US", &[]),
    ]);
}

fn planned(raw: &str, levels: &[(&[&str], RegionSource)]) -> Vec<String> {
    let mut plan = RegionPlan::default();
    for (r, s) in levels {
        let r: Vec<Region> = r.iter().map(|c| Region::parse(c).unwrap()).collect();
        plan.push(&r, *s);
    }
    find_phones_planned(raw, &plainsight_text::fold(raw), &plan)
        .into_iter()
        .map(|f| match f.reading {
            PhoneReading::Number { e164, source } => format!("{e164} {}", source.as_str()),
            PhoneReading::Ambiguous { regions, .. } => format!("ambiguous {}", regions.join(",")),
        })
        .collect()
}

#[test]
fn levels_of_region_evidence() {
    let format: &[&str] = PLAUSIBLE_REGIONS;
    // The first level where the number is valid reads it.
    assert_eq!(
        planned(
            "call 0412 345 678",
            &[(&["US"], RegionSource::Text), (&["AU"], RegionSource::Url)]
        ),
        vec!["+61412345678 url"]
    );
    // By format alone: a mobile of exactly one plausible region, written its way.
    assert_eq!(
        planned("call 0412 345 678", &[(format, RegionSource::Format)]),
        vec!["+61412345678 format"]
    );
    assert_eq!(
        planned("call 07911 123456", &[(format, RegionSource::Format)]),
        vec!["+447911123456 format"]
    );
    // Valid in several: ambiguous, not guessed.
    assert_eq!(
        planned("call 0612345678", &[(format, RegionSource::Format)]),
        vec!["ambiguous FR,MA,NL,TH,ZA"]
    );
    // A number with its code needs no level.
    assert_eq!(
        planned("call +44 7911 123456", &[(format, RegionSource::Format)]),
        vec!["+447911123456 calling_code"]
    );
    // Two regions named at one level: the one where the number is valid.
    assert_eq!(
        planned("06 12 34 56 78", &[(&["GB", "FR"], RegionSource::Text)]),
        vec!["+33612345678 text"]
    );
    // A number whose leading `0` is its own, not a trunk prefix (Côte d'Ivoire's and Benin's
    // ten digits), that no plausible region reads: reported between the regions whose format
    // reads it, not lost.
    assert_eq!(
        planned("Contact : 01-51-41-6289", &[(format, RegionSource::Format)]),
        vec!["ambiguous BJ,CI"]
    );
}

/// MIXED: one number written with different marks from gap to gap, words and digits glued,
/// runs of dots among the marks, three groups only; after "only" it is still a number, and
/// short runs of the same marks (times, scores, decimals, dates) stay out.
#[test]
fn mixed_marks_inside_one_number() {
    check(&[
        ("txt only 6three/2four::452'0::9.", "ES", &["+34632445209"]),
        (
            "txt only 713~66::one3!10|zero. Again",
            "US",
            &["+17136613100"],
        ),
        (
            "Reach me on 09:two7*179..2~four:93, no",
            "PH",
            &["+639271792493"],
        ),
        (
            "WhatsApp: 419!one@70six..0five!NINE:7.",
            "BR",
            &["+5541917060597"],
        ),
        ("22six@@7thr335@@7thr3396", "MX", &["+522267357396"]),
        ("otwo11;;15ate;;2wonf1ve", "NZ", &["+64211158215"]),
        ("llama 6170;;cuatroocho6;;siete6", "ES", &["+34617048676"]),
        ("appelle 06!!12..34::56~78", "FR", &["+33612345678"]),
        ("सम्पर्क ९८७•४६*८७!४०० ०", "IN", &["+919874687400"]),
        // A plain space among varied marks between single digits; a doubled mark between
        // spaces.
        (
            "escríbeme 3'1 5•6*0 2-1'8•7.4 gracias",
            "CO",
            &["+573156021874"],
        ),
        ("WhatsApp 6.1*2_4'5 8/0•1 2 ok", "ES", &["+34612458012"]),
        (
            "call +44 :: 79 :: 11 :: 12 :: 34 :: 56",
            "GB",
            &["+447911123456"],
        ),
        // Heights use one mark; a range after a time is not part of a number.
        ("heights 5'6 5'7 5'8 5'9 6'0 6'1", "US", &[]),
        ("open 8:00-22:00 ~ 400 roses", "US", &[]),
        // Decoys: a price after "only", decimals, a time, a date, a score.
        ("only $150.. 2 hrs", "US", &[]),
        ("rates 1.500,00 only", "ES", &[]),
        ("open 10::30 to 22::00", "FR", &[]),
        ("born 12..05..1999", "GB", &[]),
        ("score 3!1!2", "GB", &[]),
        // A decimal score right after a spelled number is not its last digits.
        (
            "📞 sept zéro sept cinq cinq neuf trois trois neuf 4.9/5 from 312 reviews",
            "SN",
            &["+221707559339"],
        ),
        ("rated 9.5/10 by 120 clients", "US", &[]),
    ]);
}

#[test]
fn every_plausible_region_passes_the_region_rule() {
    assert_eq!(plausible_regions().len(), PLAUSIBLE_REGIONS.len());
}

/// Two groups split by a mark no ordinary number uses, or a doubled mark, are one number;
/// a lone day and month are a date (issue 9, third blind set).
#[test]
fn odd_marks_and_dates() {
    check(&[
        ("call 0712;491366", "KE", &["+254712491366"]),
        ("call 06\"12664143", "NL", &["+31612664143"]),
        ("call 0412@@345678", "AU", &["+61412345678"]),
        ("+64::21::::755::2631", "NZ", &["+64217552631"]),
        ("here 05/12 - 09/12 only", "DE", &[]),
        ("here 05/12 - 09/12 only", "IT", &[]),
        ("back on 31.01 - 02.02", "DE", &[]),
        // A time or a ratio keeps its single mark.
        ("open 10:30 - 22:30", "GB", &[]),
    ]);
}

/// Digits in parentheses before a number are its area code: the number is read with them or
/// not at all, never as the digits after them in a country whose numbers are that short.
#[test]
fn an_area_code_in_parentheses_belongs_to_its_number() {
    check(&[
        (
            "linha nacional (83) 3231-7842, 24h",
            "BR",
            &["+558332317842"],
        ),
        ("linha nacional (83) 3231-7842, 24h", "MC", &[]),
        ("appelez le (93) 1234-5678", "MC", &[]),
        (
            "call (713) 555-0147 or 713-555-0148",
            "US",
            &["+17135550147", "+17135550148"],
        ),
        ("Tel (020) 7946 0958", "GB", &["+442079460958"]),
        // One digit in parentheses is a count, not an area code.
        (
            "(1) 06 12 34 56 78 (2) 06 98 76 54 32",
            "FR",
            &["+33612345678", "+33698765432"],
        ),
    ]);
}

/// A slash between spaces lists numbers as often as it sets an area code apart: a number read
/// across one is whole items of the list, never one number's tail and the next one's head.
#[test]
fn a_spaced_slash_lists_numbers_or_sets_an_area_code_apart() {
    check(&[
        (
            "Tel: 011 277 2650 / 058-013-5337",
            "SA",
            &["+966112772650", "+966580135337"],
        ),
        ("Tel: 011 277 2650 / 058-013-5337", "IN", &[]),
        (
            "للتواصل: 70 686 440 / 71 971 521",
            "LB",
            &["+96170686440", "+96171971521"],
        ),
        ("للتواصل: 70 686 440 / 71 971 521", "IN", &[]),
        ("Tel. 0171 / 123 45 67", "DE", &["+491711234567"]),
        (
            "Tel. 030 / 1234567 / 0171 / 7654321",
            "DE",
            &["+49301234567", "+491717654321"],
        ),
        // Every group set apart by a spaced slash, a word glued to digits after it.
        (
            "Contato: +55 / 71 / 96392 / 2285 mei482@hotmail.com",
            "BR",
            &["+5571963922285"],
        ),
        (
            "Contato: 0055 / 71 / 96765 / 0709 mei482@hotmail.com",
            "BR",
            &["+5571967650709"],
        ),
    ]);
}

/// A department named between the phone word and a number written with its country code and
/// no '+' keeps the cue: "WhatsApp HR: 966589219943".
#[test]
fn a_department_between_the_cue_and_the_number_keeps_the_cue() {
    check(&[
        ("WhatsApp HR: 966589219943", "NG", &["+966589219943"]),
        ("WhatsApp RRHH: 966591177367", "ES", &["+966591177367"]),
        ("Tél. RH : 971546698576", "FR", &["+971546698576"]),
    ]);
}

/// A number written with its country code and no '+' as one run of eleven digits or more is
/// read after a phone word further back on its line, past words that are not fillers ("Chiama
/// ora", "Call office:"), or after a label and colon when it ends its line ("Info:"); a weak
/// phone word ("رقم الطلب": order number) or a reference word does not, nor a shorter run.
#[test]
fn a_long_run_with_its_country_code_after_a_contact_label_is_read() {
    check(&[
        ("Chiama ora 393351122784", "NG", &["+393351122784"]),
        ("Call office: 966564444392", "NG", &["+966564444392"]),
        (
            "Vendo celular, llamar al 584262462050",
            "NG",
            &["+584262462050"],
        ),
        ("Información al 584248982869", "CO", &["+584248982869"]),
        ("Infos : 22365404281\nWave", "NG", &["+22365404281"]),
        ("للحجز: 966580135337\nNeed help?", "AE", &["+966580135337"]),
        (
            "واتساب الموارد البشرية: 8801694041949\nأرسل",
            "IN",
            &["+8801694041949"],
        ),
        // Not a contact: an order number, a reference, a label with more on its line, a
        // number short of a country code and a mobile.
        ("رقم الطلب 5184751731", "SA", &[]),
        ("Order: 393351122784", "NG", &[]),
        ("Total: 393351122784 units", "NG", &[]),
        ("Chiama ora 3935112278", "NG", &[]),
    ]);
}

/// A number written a digit at a time that the post's place reads only part of, two digits or
/// more left over, is not that part: "806 199 897" is no Spanish number inside a Nigerian
/// mobile spelled out in a Barcelona ad. One the place reads whole still reads.
#[test]
fn a_place_reads_no_part_out_of_a_number_written_a_digit_at_a_time() {
    check(&[
        (
            "WhatsApp: cero ocho cero seis uno nueve nueve ocho nueve siete nueve",
            "ES",
            &[],
        ),
        (
            "WhatsApp: seis uno dos tres cuatro cinco seis siete ocho",
            "ES",
            &["+34612345678"],
        ),
    ]);
}

/// A staged plan reads every text exactly as its whole plan does, and builds the whole plan
/// only for a chain of digits its first level does not read whole: a number of the post's
/// location, or one written with its `+`, never asks for it.
#[test]
fn a_staged_plan_reads_as_its_whole_plan_and_builds_it_only_when_needed() {
    let es = Region::parse("ES").unwrap();
    let mut first = RegionPlan::default();
    first.push(&[es], RegionSource::Location);
    let mut whole = first.clone();
    for (codes, source) in [
        (&["FR", "PT"][..], RegionSource::Text),
        (&["GB"][..], RegionSource::Url),
        (PLAUSIBLE_REGIONS, RegionSource::Format),
    ] {
        let rs: Vec<Region> = codes.iter().map(|c| Region::parse(c).unwrap()).collect();
        whole.push(&rs, source);
    }
    whole.hint(&[Region::parse("PT").unwrap()]);
    let cases: &[(&str, bool)] = &[
        ("Llámame al 612 345 678, besos", false),
        ("WhatsApp +34 612 345 678, +44 7911 123456", false),
        // One chain of both ("678 y +44" links them): the whole plan segments it.
        ("WhatsApp +34 612 345 678 y +44 7911 123456", true),
        ("precio 150, 2 horas 250", false),
        ("seis uno dos 345 678", true),
        ("appelle 06 12 34 56 78 ou 612 345 678", true),
        // The reference is dropped up to its strong gap; the number after it reads whole.
        ("ref 39774873, 612 345 678", false),
        ("0 6 1 2 3 4 5 6 7 8 y nada más", true),
        ("07911 123456 o 612345678612345678", true),
        ("", false),
    ];
    for &(text, builds) in cases {
        let folded = plainsight_text::fold(text);
        let built = std::cell::Cell::new(0);
        let full = || {
            built.set(built.get() + 1);
            &whole
        };
        let staged = find_phones_staged(text, &folded, &first, &full);
        let planned = find_phones_planned(text, &folded, &whole);
        assert_eq!(staged, planned, "{text}");
        assert_eq!(built.get() > 0, builds, "{text}: whole plan asked for");
    }
}

/// A slash between every digit ends on digits that look like a rating ("… 2/5"): the run is
/// one number; a rating alone stays out.
#[test]
fn a_slash_between_every_digit_ending_like_a_rating() {
    check(&[
        ("Appelez 6/5/9/7/4/9/2/5", "ML", &["+22365974925"]),
        ("Rated 4/5 by clients, 10/10 reviews", "ML", &[]),
        ("Note 9/10, appelez 6597 4925", "ML", &["+22365974925"]),
    ]);
}

/// Digits that are no clock are read: "50:72" is not a time (72 minutes), nor a colon with one
/// digit after it among separators that alternate ("7;1:3;3:1;7:0;9"); times stay out.
#[test]
fn colons_between_digits_that_are_no_time() {
    check(&[
        ("Call or WhatsApp: 50:72•60:78", "KW", &["+96550726078"]),
        ("Llamar 7;1:3;3:1;7:0;9", "BO", &["+59171331709"]),
        // A time beside a number stays a time.
        ("open 10:30-22:45, call 5072 6078", "KW", &["+96550726078"]),
        ("open 10:30-11:45 daily", "KW", &[]),
        ("from 09:00 to 20:00", "BO", &[]),
    ]);
}

/// A URL's percent escape between digit groups ("%20" a space, "%2D" a hyphen) is the
/// separator it stands for; a percentage is not.
#[test]
fn percent_escapes_between_digits() {
    check(&[
        ("Telegram 65%2072%2042%2083", "ML", &["+22365724283"]),
        ("WA 5072%2D6078", "KW", &["+96550726078"]),
        ("50%20 off, 100% real", "KW", &[]),
    ]);
}

/// Identity and travel documents, licences, bank accounts and references in the ads' languages:
/// their numbers are no phones ("Pasaporte N° …", "Visa No. …", "au compte …", "مرجع …"); a
/// visa offered beside a phone label is not a visa's number.
#[test]
fn documents_and_arabic_references_are_not_phones() {
    check(&[
        ("Pasaporte N° 78270725", "NI", &[]),
        ("Passeport n° 78270725", "NI", &[]),
        ("Licencia No. 78270725", "NI", &[]),
        ("Visa No. 9593423510", "US", &[]),
        ("مرجع 2024/5623", "TN", &[]),
        ("طلب رقم 2024 5623", "TN", &[]),
        ("Versement au compte 4270 5101 0305", "BF", &[]),
        ("Depósito a la cuenta 549-82532321-7", "CL", &[]),
        ("Référence 2025/5518", "TN", &[]),
        (
            "free flight and visa! Number: 0412 345 678",
            "AU",
            &["+61412345678"],
        ),
        (
            "WhatsApp 8970 1537, visa y pasaje pagados",
            "NI",
            &["+50589701537"],
        ),
    ]);
}

/// Bangladesh is a plausible region: with nothing else to go by, its mobiles are no longer read
/// as Korea's old `01X` numbers, which libphonenumber still calls valid; Korea's `010` stays
/// Korean.
#[test]
fn bangladeshi_mobiles_by_their_format() {
    let format = [(PLAUSIBLE_REGIONS, RegionSource::Format)];
    assert_eq!(
        planned("WhatsApp 01812345678", &format),
        ["ambiguous BD,KR"]
    );
    assert_eq!(
        planned("WhatsApp 01312345678", &format),
        ["+8801312345678 format"]
    );
    assert_eq!(
        planned("WhatsApp 01012345678", &format),
        ["+821012345678 format"]
    );
}

/// Placed by its format alone in one plausible country, a number grouped as a country left out
/// of the list writes its own mobiles, where the digits are valid too, is not guessed:
/// "041 2341559" is Finland's grouping and an Australian mobile's digits. Grouped as Australia
/// writes, or unbroken, it stays Australian. (Nepal's "980-1510555" was this case until Nepal
/// became a plausible region.)
#[test]
fn grouped_as_a_country_left_out_writes_is_not_guessed() {
    let format = [(PLAUSIBLE_REGIONS, RegionSource::Format)];
    assert_eq!(
        planned("WhatsApp 041 2341559", &format),
        ["ambiguous AU,FI"]
    );
    assert_eq!(
        planned("WhatsApp 0412 341 559", &format),
        ["+61412341559 format"]
    );
    assert_eq!(
        planned("WhatsApp 0412341559", &format),
        ["+61412341559 format"]
    );
}

/// Nor is a number grouped as a listed country writes its toll-free numbers: "(888) 657-2807"
/// is how the US writes a toll-free number, and an Indian mobile's digits. Grouped as India
/// writes its mobiles, it stays Indian.
#[test]
fn grouped_as_a_toll_free_number_is_not_guessed() {
    let format = [(PLAUSIBLE_REGIONS, RegionSource::Format)];
    for text in ["call (888) 657-2807", "call 888 381 2697"] {
        let got = planned(text, &format);
        assert!(
            got.len() == 1 && got[0].starts_with("ambiguous") && got[0].contains("US"),
            "{text}: {got:?}"
        );
    }
    assert_eq!(
        planned("call 88865 72807", &format),
        ["+918886572807 format"]
    );
}

/// Nepal is a plausible region: a Nepali mobile with nothing else to place it is not read as
/// an Indian one (every Nepali mobile is also a valid Indian number, so it is ambiguous
/// however it is grouped).
#[test]
fn nepali_mobiles_are_not_read_as_indian() {
    let format = [(PLAUSIBLE_REGIONS, RegionSource::Format)];
    for text in [
        "WhatsApp 9801847416",
        "WhatsApp 980-1510555",
        "WhatsApp 98015 10555",
    ] {
        assert_eq!(planned(text, &format), ["ambiguous IN,NP"], "{text}");
    }
}

/// A number written with its `+` that no country reads (a fiction number, a typo) is not read
/// again without its code in the post's region: "+44 (0)7700 900472" in a Mexican post is no
/// Mexican "7700 900472". A valid one is read with its code as before.
#[test]
fn the_digits_after_a_calling_code_are_no_national_number() {
    let mx = [(&["MX"][..], RegionSource::Record)];
    for text in [
        "Llámame +44 (0)7700 900472",
        "Llámame +44 7700 900472",
        "WhatsApp +33 6 39 98 25 12",
    ] {
        assert_eq!(planned(text, &mx), Vec::<String>::new(), "{text}");
    }
    assert_eq!(
        planned("Llámame +44 (0)7911 123456", &mx),
        ["+447911123456 calling_code"]
    );
    assert_eq!(
        planned("Llámame 55 1234 5678", &mx),
        ["+525512345678 record"]
    );
}

/// Amounts in lakhs and crores ("Rs. 1,80,000", "12,50,000") are no phone numbers, nor is any
/// part of them, in any region; a number grouped by commas otherwise still is.
#[test]
fn amounts_in_lakhs_are_no_numbers() {
    let ae = [
        (&["AE"][..], RegionSource::Text),
        (&["NP"][..], RegionSource::Location),
    ];
    for text in [
        "Registration fee Rs. 1,80,000 non-refundable",
        "Salary 12,50,000 per year",
        "Package: 1,25,00,000 only",
    ] {
        assert_eq!(planned(text, &ae), Vec::<String>::new(), "{text}");
    }
    assert_eq!(
        planned("Call 050,123,4567", &[(&["AE"][..], RegionSource::Text)]),
        ["+971501234567 text"]
    );
}

/// A bar or a bullet with a space on each side lists numbers: no reading takes the tail of one
/// and the head of the next ("0797-013874 | 0724 611373" holds no French "01 38 74 07 24", only
/// its first item, a French mobile where the text says France); written between every group of
/// one number, it is read as the whole run.
#[test]
fn a_spaced_bar_lists_numbers() {
    let fr = [(&["FR"][..], RegionSource::Text)];
    assert_eq!(
        planned("For more info call 0797-013874 | 0724 611373", &fr),
        ["+33797013874 text"]
    );
    let ke = [(&["KE"][..], RegionSource::Text)];
    assert_eq!(
        planned("call 0797-013874 | 0724 611373", &ke),
        ["+254797013874 text", "+254724611373 text"]
    );
    let us = [(&["US"][..], RegionSource::Text)];
    for text in ["call 713 · 555 · 0123", "call 713 | 555 | 0123"] {
        assert_eq!(planned(text, &us), ["+17135550123 text"], "{text}");
    }
}

/// The head of a national number (trunk `0` and operator or area code) joined to the rest is
/// part of the number: the rest is never read alone in the post's region ("0817 561 9675" in a
/// post about a job in Poland is no Polish "561 9675"; a Japanese "090-9511-6071" in a Hong
/// Kong post is no Hong Kong "9511-6071"). The last group of one number before the next is no
/// head.
#[test]
fn the_tail_of_a_national_number_is_not_read_alone() {
    let pl = [(&["PL"][..], RegionSource::Text)];
    for text in ["Call 0817 561 9675", "Call 0817-561-9675"] {
        assert!(
            !planned(text, &pl).iter().any(|r| r.starts_with("+48")),
            "{text}: {:?}",
            planned(text, &pl)
        );
    }
    let pl_ng = [
        (&["PL"][..], RegionSource::Text),
        (&["NG"][..], RegionSource::CallingCode),
    ];
    assert_eq!(
        planned("Call 0817 561 9675", &pl_ng),
        ["+2348175619675 calling_code"]
    );
    let hk = [(&["HK"][..], RegionSource::Record)];
    assert_eq!(planned("Tel: 090-9511-6071", &hk), Vec::<String>::new());
    let us = [(&["US"][..], RegionSource::Record)];
    assert_eq!(
        planned("Call or text +1 (713) 956-0221 281.467.5340", &us),
        ["+17139560221 calling_code", "+12814675340 record"]
    );
    assert_eq!(
        planned("Text 1-713-956-0221 8328994249 - text only", &us),
        ["+17139560221 record", "+18328994249 record"]
    );
    // Two numbers one after the other (a line break read as a space): the first one's last
    // group is its tail, not the next one's head.
    for (text, second) in [
        ("(469) 555-0198 469 555 0192", "+14695550192 record"),
        ("WA - 817 555 0131 713 555 0131", "+17135550131 record"),
    ] {
        assert!(
            planned(text, &us).iter().any(|r| r == second),
            "{text}: {:?}",
            planned(text, &us)
        );
    }
}
