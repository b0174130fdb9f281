//! Where a national number's region comes from (`CONTRACT.md`, "Phones: where the region came
//! from"): each kind of evidence, its order, and ambiguous numbers.

use plainsight_core::{Post, RegionSource, SelectorKind};
use plainsight_extract::{ExtractConfig, Extractor};

fn post(body: &str) -> Post {
    Post {
        id: "R1".into(),
        body: Some(body.to_string()),
        ..Post::default()
    }
}

fn phones(x: &Extractor, p: &Post) -> Vec<(String, Option<RegionSource>)> {
    x.extract(p)
        .into_iter()
        .filter(|s| s.kind == SelectorKind::Phone)
        .map(|s| (s.reveal_value().to_string(), s.region_source))
        .collect()
}

fn one(value: &str, source: RegionSource) -> Vec<(String, Option<RegionSource>)> {
    vec![(value.to_string(), Some(source))]
}

#[test]
fn each_kind_of_evidence() {
    let x = Extractor::default();
    let mut p = post("call 0412 345 678");
    p.region = Some("AU".into());
    assert_eq!(phones(&x, &p), one("+61412345678", RegionSource::Record));

    let mut p = post("text 07911 123456");
    p.location = Some("Manchester".into());
    assert_eq!(phones(&x, &p), one("+447911123456", RegionSource::Location));

    let p = post("Melbourne escorts. text 03 9123 4567");
    assert_eq!(phones(&x, &p), one("+61391234567", RegionSource::Text));

    let mut p = post("text 601 539 4075");
    p.url = Some("https://www.example.com.co/listing/1".into());
    assert_eq!(phones(&x, &p), one("+576015394075", RegionSource::Url));

    let mut p = post("call 020 7946 0123");
    p.url = Some("https://ads.example.net/london/escorts/1".into());
    assert_eq!(phones(&x, &p), one("+442079460123", RegionSource::Url));

    let p = post("Country code +44. Call 020 7946 0123");
    assert_eq!(
        phones(&x, &p),
        one("+442079460123", RegionSource::CallingCode)
    );

    let p = post("wa +44 7911 123456 or 020 7946 0123");
    assert_eq!(
        phones(&x, &p),
        vec![
            ("+447911123456".to_string(), Some(RegionSource::CallingCode)),
            ("+442079460123".to_string(), Some(RegionSource::CallingCode)),
        ]
    );

    let p = post("Hi! text 0412 345 678");
    assert_eq!(phones(&x, &p), one("+61412345678", RegionSource::Format));

    let d = Extractor::new(ExtractConfig {
        default_region: Some("US".parse().unwrap()),
        ..Default::default()
    });
    let p = post("Hi! call 713-555-0123");
    assert_eq!(phones(&d, &p), one("+17135550123", RegionSource::Default));
}

/// A number the first place reads, its head split where that place does not split it and
/// the whole written as another place the post names writes its numbers, is that place's.
#[test]
fn a_number_written_as_another_named_place_writes_it_is_that_places() {
    let x = Extractor::default();
    // Sofia's "02 335 7218", not Germany's "02335 7218": the site is Bulgarian.
    let mut p = post("Търсим болногледачки в Stuttgart. Поддръжка: 02 335 7218");
    p.url = Some("https://obiavi.example.bg/obiava/1".into());
    assert_eq!(phones(&x, &p), one("+35923357218", RegionSource::Url));
    // The place's own grouping of its head ("02335 7218") stays the place's.
    p.body = Some("Търсим болногледачки в Stuttgart. Поддръжка: 02335 7218".into());
    assert_eq!(phones(&x, &p), one("+4923357218", RegionSource::Text));
    // So does a number whose head is split as the place splits it, the rest in another
    // habit ("06 49 55 71 83": Rome's 06, in pairs).
    let mut p = post("Roma centro, chiamami 06 49 55 71 83");
    p.url = Some("https://annunci.example.fr/1".into());
    assert_eq!(phones(&x, &p), one("+390649557183", RegionSource::Text));
    // Written a digit at a time, the grouping says nothing.
    let mut p = post("Stuttgart. Tel 0 2 3 3 5 7 2 1 8");
    p.url = Some("https://obiavi.example.bg/obiava/1".into());
    assert_eq!(phones(&x, &p), one("+4923357218", RegionSource::Text));
    // With a location read first (a staged plan), the post's other places still decide.
    let mut p = post("Apartament discret în Iasi. WA: 0754 898 772");
    p.location = Some("Ужгород".into());
    assert_eq!(phones(&x, &p), one("+40754898772", RegionSource::Text));
}

#[test]
fn qualified_and_ambiguous_place_names() {
    let x = Extractor::default();
    // "Paris" alone is in France; "Paris, TX" in Texas.
    let p = post("New in Paris! 06 12 34 56 78");
    assert_eq!(phones(&x, &p), one("+33612345678", RegionSource::Text));
    let p = post("New in Paris, TX: 903 784 0142");
    assert_eq!(phones(&x, &p), one("+19037840142", RegionSource::Text));
    // A name people go by is no place ("I'm Sydney"), nor is a common word ("Nice"): the
    // number is left to its format, where France and Morocco group it alike: ambiguous.
    let p = post("Hi I'm Sydney, Nice and sweet. 06 12 34 56 78");
    assert_eq!(phones(&x, &p), vec![]);
    assert_eq!(
        x.extract_all(&p).ambiguous[0].regions,
        vec!["FR", "MA", "NL", "TH", "ZA"]
    );
}

#[test]
fn a_city_named_alone_is_any_of_its_large_namesakes() {
    let x = Extractor::default();
    // Newcastle is Australia's, South Africa's and England's: a UK mobile is read in England.
    let p = post("Elegant Gabriela (21) available Newcastle. Call me - 07385 775505");
    assert_eq!(phones(&x, &p), one("+447385775505", RegionSource::Text));
    let p = post("Samira in Newcastle. Contact - 0412 345 678");
    assert_eq!(phones(&x, &p), one("+61412345678", RegionSource::Text));
    // Valencia is Venezuela's and Spain's, named as the location too.
    let mut p = post("Llama o WhatsApp al 632537024");
    p.location = Some("Valencia".into());
    assert_eq!(phones(&x, &p), one("+34632537024", RegionSource::Location));
    // Something that places the city leaves its namesakes out.
    p.location = Some("Valencia, Venezuela".into());
    assert_eq!(phones(&x, &p), vec![]);
}

#[test]
fn a_location_known_only_by_a_small_towns_other_name_comes_after_the_text() {
    let x = Extractor::default();
    // "Neudorf" is Spišská Nová Ves in German (Slovakia), and a district of Strasbourg: the
    // city the title names decides.
    let mut p = post("Ligne nationale contre la traite 05 34 60 62 35");
    p.title = Some("Élégante Ana (27) disponible Strasbourg".into());
    p.location = Some("Neudorf".into());
    assert_eq!(phones(&x, &p), one("+33534606235", RegionSource::Text));
    // With nothing else named, such a location still places the number.
    let mut p = post("Call me at 07 3651 8619");
    p.location = Some("Melbourne CBD".into());
    assert_eq!(phones(&x, &p), one("+61736518619", RegionSource::Location));
    assert!(plainsight_geo::location_is_weak("Neudorf"));
    assert!(!plainsight_geo::location_is_weak("Houston, TX"));
    assert!(!plainsight_geo::location_is_weak("St. Cloud, MN"));
}

#[test]
fn places_in_an_offer_of_travel_are_its_destination() {
    let x = Extractor::default();
    // The job is in Istanbul; the recruiter's number is not Turkish.
    let p = post("Hotel receptionist in Istanbul — visa and ticket paid. Apply: 0803 123 4567");
    let found = x.extract_all(&p);
    assert!(found.selectors.is_empty(), "{:?}", found.selectors);
    assert!(found.ambiguous[0].regions.contains(&"NG".to_string()));
    // A place in another sentence is still the post's.
    let p = post("Dancers for Athens, flights paid. Interviews in Lagos: 0803 123 4567");
    assert_eq!(phones(&x, &p), one("+2348031234567", RegionSource::Text));
    // A Brazilian hotline with its area code is not read as Monaco's.
    let p = post(
        "Trabalhe como au pair (Monaco), visto e passagem pagos. Linha nacional (83) 3231-7842",
    );
    assert!(x.extract_all(&p).selectors.is_empty());
}

#[test]
fn ambiguous_numbers_are_reported_not_guessed() {
    let x = Extractor::default();
    let p = post("sweet and discreet, text 0612345678");
    let found = x.extract_all(&p);
    assert!(found.selectors.is_empty(), "{:?}", found.selectors);
    assert_eq!(found.ambiguous.len(), 1);
    let a = &found.ambiguous[0];
    assert_eq!(a.regions, vec!["FR", "MA", "NL", "TH", "ZA"]);
    assert_eq!(&p.body.as_deref().unwrap()[a.start..a.end], a.raw);
    // Debug never shows the text.
    assert!(!format!("{a:?}").contains("0612345678"));
    // A record region decides.
    let mut p = p;
    p.region = Some("NL".into());
    let found = x.extract_all(&p);
    assert!(found.ambiguous.is_empty());
    assert_eq!(found.selectors[0].region_source, Some(RegionSource::Record));
}

/// A record's region that does not read a number given as a phone does not lose it: it is
/// reported ambiguous between the regions whose format reads it (a recruiter's number from
/// home on a Gulf site), never read. The region's own number without its trunk prefix, and a
/// number written with a `+` that no country reads, are no such number.
#[test]
fn a_number_the_records_region_does_not_read_is_reported() {
    let x = Extractor::default();
    let mut p = post("Housemaids wanted. WhatsApp 0803 123 4567");
    p.region = Some("AE".into());
    let found = x.extract_all(&p);
    assert!(found.selectors.is_empty(), "{:?}", found.selectors);
    assert_eq!(found.ambiguous.len(), 1);
    assert!(found.ambiguous[0].regions.contains(&"NG".to_string()));
    // Not given as a phone: a reference, nothing reported.
    p.body = Some("Housemaids wanted. Ref 0803 123 4567".into());
    assert!(x.extract_all(&p).ambiguous.is_empty());
    // Ukraine's mobile written without its 0.
    let mut p = post("Пиши шість три три шість чотири сім чотири сім три");
    p.region = Some("UA".into());
    let found = x.extract_all(&p);
    assert!(found.ambiguous.is_empty(), "{:?}", found.ambiguous);
    // A number no plausible region reads is reported between the regions whose format reads
    // it anywhere (Russia writes its mobiles after an 8), on a regioned post and on one that
    // names no place alike.
    let mut p = post("Housemaids wanted. Call me 8 (946) 284-35-08");
    p.region = Some("AE".into());
    for p in [p.clone(), post("call me 8 (946) 284-35-08")] {
        let found = x.extract_all(&p);
        assert!(found.selectors.is_empty(), "{:?}", found.selectors);
        assert_eq!(found.ambiguous.len(), 1);
        assert_eq!(found.ambiguous[0].regions, vec!["RU"]);
    }
    // A `+` says the number is international: one digit short, it is nobody's national one.
    for body in [
        "Hotel jobs in Bangkok. Call +44 20 7946 09",
        "Hotel jobs in Bangkok. Call 0044 20 7946 09",
    ] {
        let found = x.extract_all(&post(body));
        assert!(found.ambiguous.is_empty(), "{body}: {:?}", found.ambiguous);
        assert!(found.selectors.is_empty());
    }
}

#[test]
fn only_phones_carry_a_region_source() {
    let x = Extractor::default();
    let mut p = post("lily22@gmail.com or zelle 713-555-0123");
    p.region = Some("US".into());
    for s in x.extract(&p) {
        assert_eq!(
            s.region_source.is_some(),
            s.kind == SelectorKind::Phone,
            "{s:?}"
        );
    }
}

/// Writing in a script that one country uses (Thai) settles a national number that several
/// plausible regions read alike; Latin text leaves it ambiguous.
#[test]
fn a_one_country_script_settles_an_ambiguous_number() {
    let x = Extractor::default();
    let p = post("สวัสดีค่ะ รูปจริง\nโทร 081 234 5678");
    assert_eq!(phones(&x, &p), one("+66812345678", RegionSource::Text));
    let p = post("Hello, real pics\ncall 081 234 5678");
    assert_eq!(phones(&x, &p), vec![]);
}

/// Where nothing names a place, the post's prices or script read a mobile number first: one
/// written unbroken, or wrapped onto the next line beside another number, which the number's
/// format alone would not place. An unbroken run without its trunk prefix still needs a phone
/// cue there.
#[test]
fn prices_place_a_mobile_when_nothing_names_a_place() {
    let x = Extractor::default();
    let p = post("Salary PHP 7690 per week.\nBook now 09524700079\n8507 Main Street, 2nd floor.");
    assert_eq!(phones(&x, &p), one("+639524700079", RegionSource::Text));
    let p = post("Relajate con Nong.\n\nCitas al 931339748\n\nDesde S/.150.");
    assert_eq!(phones(&x, &p), one("+51931339748", RegionSource::Text));
    let p = post("Desde S/.150. Ref. 931339748");
    assert_eq!(phones(&x, &p), vec![]);
}

/// Priced in euros, a post's language settles a number among the countries that speak it and
/// pay in euros: Spanish and "€", Spain (Peru, which speaks Spanish too, is no euro country).
#[test]
fn euros_narrow_the_countries_of_a_language() {
    let x = Extractor::default();
    let p = post("Alina, 20 añitos, nueva. Trato de novios. Tarifa 130 €. Llámame al 633 038 594. Hasta el sábado. Solo personas serias.");
    assert_eq!(phones(&x, &p), one("+34633038594", RegionSource::Text));
    let p = post("Alina, 20 añitos, nueva. Trato de novios. Tarifa 130 dólares. Llámame al 633 038 594. Hasta el sábado. Solo personas serias.");
    assert_eq!(phones(&x, &p), vec![]);
}

/// A large city that people also go by as a name, heading a shouted title, is a stage name as
/// often as a place: it is no place, but it settles a number several countries read alike.
#[test]
fn a_name_people_go_by_heading_a_title_settles_an_ambiguous_number() {
    let x = Extractor::default();
    let mut p = post("call 713 555 0123");
    p.title = Some("HOUSTON NEW GIRL".into());
    assert_eq!(phones(&x, &p), one("+17135550123", RegionSource::Text));
    // Not heading a shouted line: nothing settles it.
    let mut p = post("call 713 555 0123");
    p.title = Some("New girl, ask for Houston".into());
    assert_eq!(phones(&x, &p), vec![]);
    // A hint that no reading agrees with settles nothing.
    let mut p = post("call 713 555 0123");
    p.title = Some("PARIS NEW GIRL".into());
    assert_eq!(phones(&x, &p), vec![]);
}

/// The language a post is written in settles a number that several regions read alike when
/// only one region that speaks it reads the digits: Spanish, Mexico; Italian, Italy. English
/// is written everywhere and settles nothing; nor does Spanish between two Spanish-speaking
/// countries.
#[test]
fn the_language_settles_a_number_one_speaking_region_reads() {
    let x = Extractor::default();
    let p = post("Masajes con cita previa. Escríbeme por WhatsApp 358 1486626, te espero");
    assert_eq!(phones(&x, &p), one("+523581486626", RegionSource::Text));
    let p = post("Massaggi su appuntamento. Scrivimi su WhatsApp 358 1486626, ti aspetto");
    assert_eq!(phones(&x, &p), one("+393581486626", RegionSource::Text));
    let p = post("Massage by appointment only. Text me on WhatsApp 358 1486626");
    assert_eq!(phones(&x, &p), vec![]);
    assert_eq!(x.extract_all(&p).ambiguous.len(), 1);
    // Read in Spain and in Chile alike: Spanish does not choose.
    let p = post("Vendo moto en buen estado, precio negociable. Llamar al (71) 566 5875");
    assert_eq!(phones(&x, &p), vec![]);
    // A site's footer after a signature line is the site's language, not the poster's.
    let p = post(
        "Massaggi su appuntamento. Scrivimi su WhatsApp 358 1486626, ti aspetto\n\n--\n\
         Need help? Call our support team any time. Never send money before you meet. \
         Report suspicious ads to the site and to the police.",
    );
    assert_eq!(phones(&x, &p), one("+393581486626", RegionSource::Text));
}

/// A city too small (or named by another name than its gazetteer one) to be taken from free
/// text alone is taken with a place cue: a pin, a label, a preposition of the ad's language.
#[test]
fn smaller_places_are_named_with_a_cue() {
    let x = Extractor::default();
    for body in [
        "📍 Penang\nSMS 012-345 6789",
        "Location: Penang\nSMS 012-345 6789",
        "MỚI ở Penang\nSMS 012-345 6789",
        // An area served: "all of", "serving".
        "Serving all of Penang and nearby.\nSMS 012-345 6789",
        "Outcall, serving Penang\nSMS 012-345 6789",
    ] {
        assert_eq!(
            phones(&x, &post(body)),
            one("+60123456789", RegionSource::Text),
            "{body}"
        );
    }
    // Without a cue the name is not enough, and a common word is never a place.
    assert_eq!(phones(&x, &post("Penang babe\nSMS 012-345 6789")), vec![]);
    assert_eq!(
        phones(&x, &post("I am a Latina\ncall 081 234 5678")),
        vec![]
    );
}

/// A number wrapped onto the next line is one number; numbers on lines of their own stay apart.
#[test]
fn a_number_wrapped_onto_the_next_line() {
    let x = Extractor::default();
    let p = post("London. Call or text 07911\n123456");
    assert_eq!(phones(&x, &p), one("+447911123456", RegionSource::Text));
    let p = post("London.\n07911 123456\n07400 123456");
    assert_eq!(
        phones(&x, &p),
        vec![
            ("+447911123456".to_string(), Some(RegionSource::Text)),
            ("+447400123456".to_string(), Some(RegionSource::Text)),
        ]
    );
}

/// Digits spelled in Italian, Turkish and Vietnamese, where some digit names are also ordinary
/// words ("sei", "bir", "không", "ba").
#[test]
fn digits_spelled_in_more_languages() {
    let x = Extractor::default();
    for (body, want) in [
        (
            "Torino. tre quattro sette uno due tre quattro cinque sei sette",
            "+393471234567",
        ),
        (
            "İstanbul. sıfır beş üç iki bir iki üç dört beş altı yedi",
            "+905321234567",
        ),
        (
            "Hà Nội. Gọi em không chín một hai ba bốn năm sáu bảy tám",
            "+84912345678",
        ),
    ] {
        assert_eq!(
            phones(&x, &post(body)),
            one(want, RegionSource::Text),
            "{body}"
        );
    }
}

/// India writes its mobiles with the trunk 0 as well as bare: "084902 70263" is Indian by its
/// format alone; an unbroken "09876543210" is also a Philippine mobile, so it is ambiguous.
#[test]
fn india_with_and_without_the_trunk_zero() {
    let x = Extractor::default();
    let p = post("Reach me at 084902 70263 (no blocked calls)");
    assert_eq!(phones(&x, &p), one("+918490270263", RegionSource::Format));
    let p = post("Reach me at 8490270263");
    assert_eq!(phones(&x, &p), one("+918490270263", RegionSource::Format));
    let found = x.extract_all(&post("Reach me at 09876543210"));
    assert!(found.selectors.is_empty(), "{:?}", found.selectors);
    assert_eq!(found.ambiguous[0].regions, vec!["IN", "PH"]);
}

/// Argentina's mobiles are written at home with the area code's 0 and a "15" ("011 15-0184-6619"):
/// two digits more than the national number, which its format alone places.
#[test]
fn argentine_mobiles_with_their_fifteen() {
    let x = Extractor::default();
    let p = post("Llamame al 011 15-0184-6619");
    assert_eq!(phones(&x, &p), one("+5491101846619", RegionSource::Format));
}

/// With no region evidence, a number placed by its own format alone must be written as a phone:
/// in groups, with its trunk prefix, after a cue, or on a line of its own below the ad's text
/// (as a classified gives it) or as an item of its own between bars, bullets or emoji. An
/// unbroken run of digits without any of those is as likely an order or ID number.
#[test]
fn an_unbroken_run_placed_by_format_alone_needs_a_cue() {
    let x = Extractor::default();
    for (text, want) in [
        ("WhatsApp 2943490909", Some("+522943490909")),
        ("294 349 0909", Some("+522943490909")),
        ("Updated 0486680903 today", Some("+61486680903")),
        ("Updated 2943490909 today", None),
        (
            "Great sofa, pick up only.\n2943490909\nThanks",
            Some("+522943490909"),
        ),
        ("Great sofa, pick up only.\nOrder 2943490909\nThanks", None),
        ("2943490909", None),
        ("Great sofa, pick up only.\nPost ID:\n2943490909", None),
        // An item of its own on a line that lists items apart is written as a phone too;
        // a labelled one inside its item is not.
        (
            "Great sofa, pick up only.\n2943490909 | 4875 Crescent Way",
            Some("+522943490909"),
        ),
        (
            "Great sofa, pick up only.\n9630 Cedar Blvd ~ 2943490909",
            Some("+522943490909"),
        ),
        (
            "Great sofa, pick up only.\nPick up 🛋️ 2943490909 🛋️ today",
            Some("+522943490909"),
        ),
        (
            "Great sofa, pick up only.\nRef 2943490909 | Crescent Way",
            None,
        ),
        (
            "Great sofa, pick up only.\n9630 Cedar Blvd~2943490909",
            None,
        ),
    ] {
        let got = phones(&x, &post(text));
        let want: Vec<(String, Option<RegionSource>)> = want
            .map(|v| one(v, RegionSource::Format))
            .unwrap_or_default();
        assert_eq!(got, want, "{text}");
    }
}

/// Placed by nothing but its own format and valid in several plausible regions, a number is
/// ambiguous, however its digits are grouped.
#[test]
fn format_alone_valid_in_several_regions_is_ambiguous() {
    let x = Extractor::default();
    for text in ["call 077 636 9189", "call 0612345678"] {
        let p = post(text);
        assert_eq!(phones(&x, &p), Vec::new(), "{text}");
        assert_eq!(x.extract_all(&p).ambiguous.len(), 1, "{text}");
    }
}

/// A place in a script without capitals, standing as a label of its own in a title ("… -
/// الإسكندرية"), names the post's place as a cue would; inside a sentence it needs a cue.
#[test]
fn a_place_label_in_a_script_without_capitals() {
    let x = Extractor::default();
    let mut p = post("اتصل 065 3046729");
    p.title = Some("للبيع جوال - الإسكندرية".into());
    assert_eq!(phones(&x, &p), one("+20653046729", RegionSource::Text));
}

/// Prices in one country's currency place a post as its script does: they settle a number
/// several regions read alike, let the number's format be read there, and read a mobile
/// number that none of the places the post names reads.
#[test]
fn prices_point_to_the_country_of_their_currency() {
    let x = Extractor::default();
    // Indonesia is not among the plausible regions: without the rupiah the number is read
    // nowhere, or as another country's.
    let p = post("Kost putri, kamar mandi dalam\nRp4.800.000/bulan\nHubungi 0877 8517 277");
    assert_eq!(phones(&x, &p), one("+628778517277", RegionSource::Text));
    let p = post("Kost putri, kamar mandi dalam\nHubungi 0877 8517 277");
    assert_ne!(phones(&x, &p), one("+628778517277", RegionSource::Text));
    // A named place that does not read the number, then the ringgit that does.
    let mut p = post("Urutan tradisional\nHarga MYR 200\nCall 019-458 3374");
    p.location = Some("Victoria".into());
    assert_eq!(phones(&x, &p), one("+60194583374", RegionSource::Text));
    // The writing adds nothing when a place it points to is named: national ID numbers in
    // a Bengali ad naming Bangladesh are not read as Indian numbers.
    let p = post("বাংলাদেশ stroller for sale\nNID 8259968429\nNID 2943490909");
    assert_eq!(phones(&x, &p), vec![]);
}

/// A post in a script many countries share (Cyrillic, Arabic, Devanagari) names no country,
/// but a mobile number given after a phone cue that nothing else places is read in the one
/// country, of those that speak the script's languages, that reads it: Russia for "8 916…",
/// Kazakhstan for "8 701…", Egypt for "015…" in Arabic. A listing number is not, and a number
/// written with its country code keeps its code as the source.
#[test]
fn a_shared_script_places_a_number_one_of_its_countries_reads() {
    let x = Extractor::default();
    let p = post("Продаю диван. Звоните: 8 916 123-45-67");
    assert_eq!(phones(&x, &p), one("+79161234567", RegionSource::Text));
    let p = post("Квартира посуточно. WhatsApp 8 701 234 5678");
    assert_eq!(phones(&x, &p), one("+77012345678", RegionSource::Text));
    let p = post("شقة للإيجار في الحي. جوال: 0 1 5 4 4 8 2 7 3 9 1");
    assert_eq!(phones(&x, &p), one("+201544827391", RegionSource::Text));
    let p = post("Продаю диван. Номер объявления 8 916 123-45-67");
    assert_eq!(phones(&x, &p), vec![]);
    // A number whose format alone places it in a country that does not write the post's
    // script is read in the script's country that reads it as a mobile (an Egyptian mobile
    // in an Arabic post, not a Korean one); one no such country reads keeps its format's
    // country (a US number in a Russian post).
    let p = post("مساج. واتساب 010 8995 7855");
    assert_eq!(phones(&x, &p), one("+201089957855", RegionSource::Text));
    let p = post("مساج. واتساب ٠١٠ ٩٢٦٦٥٦٧٨");
    assert_eq!(phones(&x, &p), one("+201092665678", RegionSource::Text));
    let p = post("Я в городе всего несколько дней. Пиши (214) 748-3647");
    assert_eq!(phones(&x, &p), one("+12147483647", RegionSource::Format));
    // A name glued to the number is passed over for the cue before it.
    let p = post("Параметры 90-60-90. Звонки Милана89135630684");
    assert_eq!(phones(&x, &p), one("+79135630684", RegionSource::Text));
    let p = post("Продаю велосипед. Тел. Nastya8 (947) 818-71-30");
    assert_eq!(phones(&x, &p), one("+79478187130", RegionSource::Text));
    let p = post(
        "Murojaat uchun девять четыре  восемь два два  три-девять  два, четыре \
         https://wa.me/998937918496",
    );
    assert!(
        phones(&x, &p).contains(&("+998948223924".to_string(), Some(RegionSource::CallingCode)))
    );
}

/// Chinese writing (Chinese characters without kana or Hangul) is a shared script too: China,
/// Taiwan, Hong Kong, Macau, Singapore and Malaysia write it. A Chinese mobile given after a
/// cue glued to the words before it ("联系电话/微信同号：", no space, as Chinese writes) is
/// read in China, not as a North American number with its "1"; a clause mark after it ends
/// it ("，24小时营业" gives the hours, not a decimal), and a QQ account or an order number is
/// no phone. A Japanese post (kana) is not Chinese.
#[test]
fn chinese_writing_places_a_number_one_of_its_countries_reads() {
    let x = Extractor::default();
    let p = post("柬埔寨西港高薪招聘客服，包吃包住。联系电话/微信同号：15012345678");
    assert_eq!(phones(&x, &p), one("+8615012345678", RegionSource::Text));
    let p = post("专业按摩，电话 138-0013-8000，24小时营业");
    assert_eq!(phones(&x, &p), one("+8613800138000", RegionSource::Text));
    let p = post("高薪招聘客服人员 QQ：2847561932");
    assert_eq!(phones(&x, &p), vec![]);
    let p = post("高薪招聘客服人员，订单号：13800138000");
    assert_eq!(phones(&x, &p), vec![]);
    // Taiwan's mobiles are Taiwan's; Hong Kong's and Singapore's eight digits stay
    // ambiguous between the two.
    let p = post("誠徵門市人員，意者請電 0912-345-678 王小姐");
    assert_eq!(phones(&x, &p), one("+886912345678", RegionSource::Text));
    let p = post("全套服務，WhatsApp 9123 4567");
    assert_eq!(phones(&x, &p), vec![]);
    assert_eq!(x.extract_all(&p).ambiguous.len(), 1);
    // Kana: Japanese, whose characters are not China's.
    let p = post("新しいお店です。電話 15012345678 まで");
    assert_ne!(phones(&x, &p), one("+8615012345678", RegionSource::Text));
}

/// Indonesian and Malay say where a number can be read as a script does: a mobile given as a
/// phone that nothing else reads is read in the one country that speaks them and reads it
/// (an Indonesian recruiter's number in a post about work in Cambodia), not left ambiguous.
#[test]
fn indonesian_and_malay_place_a_number_their_countries_read() {
    let x = Extractor::default();
    let p =
        post("Lowongan kerja di Kamboja, gaji besar tanpa pengalaman. Hubungi WA 0812-3456-7890");
    assert_eq!(phones(&x, &p), one("+6281234567890", RegionSource::Text));
    let p =
        post("Kerja di Myanmar, tiada pengalaman diperlukan. Yang serius sahaja. HP: 019-466 2327");
    assert_eq!(phones(&x, &p), one("+60194662327", RegionSource::Text));
    // In English, the same number stays reported, not read.
    let p = post("Job in Cambodia, big salary, no experience needed. Contact WA 0812-3456-7890");
    assert_eq!(phones(&x, &p), vec![]);
}

#[test]
fn a_brazilian_states_abbreviation_after_its_city_places_the_number_in_brazil() {
    let x = Extractor::default();
    // "PR" is Paraná beside Curitiba (not Puerto Rico, where the digits read as a North
    // American number), "RS" Rio Grande do Sul (not Serbia).
    for (location, number) in [
        ("Curitiba, PR", "+556726341200"),
        ("Curitiba - PR", "+556726341200"),
        ("Porto Alegre - RS", "+556726341200"),
    ] {
        let mut p = post("Ligue (67) 2634-1200");
        p.location = Some(location.into());
        assert_eq!(
            phones(&x, &p),
            one(number, RegionSource::Location),
            "{location}"
        );
    }
    // Beside San Juan, "PR" is still Puerto Rico.
    let mut p = post("Call 787 555 0123");
    p.location = Some("San Juan, PR".into());
    assert_eq!(phones(&x, &p), one("+17875550123", RegionSource::Location));
}

#[test]
fn a_phone_no_place_named_reads_is_reported_ambiguous_not_lost() {
    let x = Extractor::default();
    // The job is in Bangkok; a British or Indian number is given for it: neither read nor
    // dropped.
    let p = post("URGENT: massage therapist jobs in Bangkok. Contact us: 07351 497138");
    let found = x.extract_all(&p);
    assert!(found.selectors.is_empty(), "{:?}", found.selectors);
    assert_eq!(found.ambiguous.len(), 1, "{:?}", found.ambiguous);
    assert_eq!(found.ambiguous[0].regions, ["GB", "IN"]);
    assert_eq!(found.ambiguous[0].raw, "07351 497138");
    // A count in brackets after the number, its unit in kanji ("24 hours"), is no part of
    // it: the number is still reported where nothing places it.
    let p = post("電話 090-1234-5678（24時間）");
    let found = x.extract_all(&p);
    assert_eq!(found.ambiguous.len(), 1, "{:?}", found);
    assert_eq!(found.ambiguous[0].raw, "090-1234-5678");
    assert!(found.ambiguous[0].regions.iter().any(|r| r == "JP"));
    // Only a number given as a phone: a reference number is left alone.
    let p = post("Jobs in Bangkok. Order 07351 497138");
    assert!(x.extract_all(&p).ambiguous.is_empty());
    // Written a digit at a time: eight of its eleven digits are a Lebanese number, but the
    // whole of it is the number, and Lebanon does not read it.
    let p = post("URGENT: massage therapist jobs in Beirut. WA: 0 7 4 6 2 7 7 1 1 6 3");
    let found = x.extract_all(&p);
    assert!(found.selectors.is_empty(), "{:?}", found.selectors);
    assert_eq!(found.ambiguous.len(), 1, "{:?}", found.ambiguous);
    assert_eq!(found.ambiguous[0].raw, "0 7 4 6 2 7 7 1 1 6 3");
    // Read whole where the place reads it whole.
    let p = post("Massage jobs in Manchester. WA: 0 7 4 6 2 7 7 1 1 6 3");
    assert_eq!(
        phones(&x, &p),
        one("+447462771163", RegionSource::Text),
        "{:?}",
        x.extract_all(&p)
    );
    // In a post in Arabic naming where the work is: the countries speaking Arabic are no
    // named place (one of twenty writes almost any number so), so a number from home none
    // of its levels reads is reported, not lost — in Arabic-Indic digits too.
    for body in [
        "دخل ممتاز في Kuwait! مطلوب مضيفة. WhatsApp: 07 89 63 24 62",
        "دخل ممتاز في Kuwait! مطلوب مضيفة. WhatsApp: ٠٧ ٨٩ ٦٣ ٢٤ ٦٢",
        "مطلوب مضيفة في دبي. واتساب 0789632462",
    ] {
        let found = x.extract_all(&post(body));
        assert!(found.selectors.is_empty(), "{body}: {:?}", found.selectors);
        assert_eq!(found.ambiguous.len(), 1, "{body}: {:?}", found.ambiguous);
        assert!(
            found.ambiguous[0].regions.iter().any(|r| r == "MA"),
            "{body}: {:?}",
            found.ambiguous
        );
    }
    // A destination whose trunk prefix is not 0 (Russia's is 8), or that writes such a
    // number without its 0 (the Emirates), does not write a number from home so; a message
    // ("Write:", "Écrivez :", "Wasap"), an application ("Info and apply:") or digits spelled
    // one at a time give it as a phone as a call does.
    for (body, region) in [
        (
            "URGENT: bar staff jobs in Moscow. WhatsApp: 07986206523",
            "GB",
        ),
        (
            "Bar staff jobs in Moscow. Interested? Write: 07970 481058",
            "GB",
        ),
        (
            "URGENT: massage therapist jobs in Dubai. Info and apply: 07915 374692",
            "GB",
        ),
        (
            "Réceptionniste d'hôtel — Macau. Intéressée ? Écrivez : 07-69-04-86-33",
            "FR",
        ),
        (
            "Recepcionista de hotel em Tokyo. Fale conosco: 1 3 9 8 6 7 0 2 2 4 9",
            "BR",
        ),
        (
            "دخل ممتاز في Moscow! مطلوب مدلكة. تواصلي معنا: 06 05 11 47 96",
            "MA",
        ),
    ] {
        let found = x.extract_all(&post(body));
        let reported = found
            .ambiguous
            .iter()
            .any(|a| a.regions.iter().any(|r| r == region))
            || !found.selectors.is_empty();
        assert!(reported, "{body}: {found:?}");
    }
    // Written as the place named writes its numbers but not valid there (a fiction number):
    // that place's, not another country's.
    let p = post("Jobs in London. Call 07700 900347");
    let found = x.extract_all(&p);
    assert!(
        found.selectors.is_empty() && found.ambiguous.is_empty(),
        "{found:?}"
    );
}

/// A number written twice, with its country code and in national form, is one number: the
/// national form is not read in the country the text names (a job's destination) when its
/// digits are the written number's; another number of the post is still read there.
#[test]
fn a_number_written_twice_is_one_number() {
    let x = Extractor::default();
    let mut p = post(
        "Терміново: майстри манікюру у Dubai. Дзвоніть або Viber +380 50 584 9627 • \
         Дзвоніть або Viber 0505~8496~27",
    );
    p.title = Some("Робота у Dubai".into());
    assert_eq!(
        phones(&x, &p),
        vec![
            ("+380505849627".to_string(), Some(RegionSource::CallingCode)),
            ("+380505849627".to_string(), Some(RegionSource::CallingCode)),
        ]
    );
    // Another number of the post is read where the text says, as before.
    let p = post("Jobs in Dubai. Call +380 50 584 9627 or the office 050 123 4567");
    let got = phones(&x, &p);
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(got[1].0, "+971501234567", "{got:?}");
}

/// A WhatsApp link writes its number with the country code: the same number given nationally
/// beside it ("Apply now: 050 990 7782 wa.me/233509907782" in an ad for Dubai) is that number,
/// not a number of the destination the text names.
#[test]
fn a_number_and_its_whatsapp_link_are_one_number() {
    let x = Extractor::default();
    for body in [
        "Dubai job opportunity for cooks!\nApply now: 050 990 7782\nwa.me/233509907782",
        "Dubai job opportunity for cooks!\nApply now: 050 990 7782\n\
         https://api.whatsapp.com/send?phone=233509907782",
    ] {
        let got = phones(&x, &post(body));
        assert!(!got.is_empty(), "{body}: {got:?}");
        assert!(
            got.iter().all(|(e164, _)| e164 == "+233509907782"),
            "{body}: {got:?}"
        );
    }
    // Another number of the post is still read where the text says.
    let got = phones(
        &x,
        &post("Dubai job opportunity!\nOffice: 050 123 4567\nwa.me/233509907782"),
    );
    assert!(
        got.iter().any(|(e164, _)| e164 == "+971501234567"),
        "{got:?}"
    );
}

/// The countries a dump comes from, named by the user (`--regions`), are where a number's
/// format alone places it: "010 915 19043" is a Korean mobile among the built-in plausible
/// regions and an Egyptian one among the dump's; a number several of them read stays
/// ambiguous between those only.
#[test]
fn the_countries_a_dump_comes_from_place_a_number_by_its_format() {
    let regions = |codes: &[&str]| {
        Extractor::new(ExtractConfig {
            regions: codes.iter().map(|c| c.parse().unwrap()).collect(),
            ..Default::default()
        })
    };
    let builtin = Extractor::default();
    let dump = regions(&["EG", "MA", "TH", "KE", "RU"]);
    let p = post("Call or WhatsApp 010 915 19043");
    assert_eq!(
        phones(&builtin, &p),
        one("+821091519043", RegionSource::Format)
    );
    assert_eq!(
        phones(&dump, &p),
        one("+201091519043", RegionSource::Format)
    );

    let p = post("Call or WhatsApp 083 542 6918");
    assert_eq!(
        builtin.extract_all(&p).ambiguous[0].regions,
        ["IE", "TH", "ZA"]
    );
    assert_eq!(phones(&dump, &p), one("+66835426918", RegionSource::Format));
    let two = regions(&["IE", "TH", "EG"]);
    let x = two.extract_all(&p);
    assert!(x.selectors.is_empty());
    assert_eq!(x.ambiguous[0].regions, ["IE", "TH"]);
}

/// Where only a number's format can place it, the number must be the whole run of digits;
/// items an ad lists apart (a bar, a bullet, a tilde or an emoji between spaces, a line each) are runs
/// of their own, while digits in plain groups after it stay part of its run.
#[test]
fn a_number_listed_apart_from_the_next_item_is_a_whole_run() {
    let x = Extractor::default();
    for text in [
        "Call or WhatsApp 0412 345 678 💋 🌸 10-23 🌸",
        "Call or WhatsApp 0412 345 678 | 10-23",
        "Call or WhatsApp 0412 345 678 • 2002",
        "Call or WhatsApp 0412 345 678 ~ 5543 Cedar Pkwy",
        "Telegram only 0412 345 678\n70 per hour",
    ] {
        assert_eq!(
            phones(&x, &post(text)),
            one("+61412345678", RegionSource::Format),
            "{text}"
        );
    }
    // A number disguised by such gaps is still read whole.
    for text in ["Call 0412 🌹 345 🌹 678", "Call 0412 ~ 345 ~ 678"] {
        assert_eq!(
            phones(&x, &post(text)),
            one("+61412345678", RegionSource::Format),
            "{text}"
        );
    }
    // Digits in plain groups after it: part of a longer run.
    for text in ["Ref 0412 345 678 901", "Ref 0412-345-678-10-23"] {
        assert!(phones(&x, &post(text)).is_empty(), "{text}");
    }
}

/// A number several regions read alike in a post written in a script several countries
/// share: the countries that speak its languages settle it as a post's language does
/// ("8 998 591 73 92" is Brazilian and Russian; in Russian, Russian).
#[test]
fn the_speakers_of_a_shared_script_settle_a_number_read_alike() {
    let x = Extractor::new(ExtractConfig {
        regions: vec!["BR".parse().unwrap(), "RU".parse().unwrap()],
        ..Default::default()
    });
    assert_eq!(
        phones(&x, &post("Звоните или WhatsApp 8 998 591 73 92")),
        one("+79985917392", RegionSource::Text)
    );
    let x = x.extract_all(&post("Call or WhatsApp 8 998 591 73 92"));
    assert!(x.selectors.iter().all(|s| s.kind != SelectorKind::Phone));
    assert_eq!(x.ambiguous[0].regions, ["BR", "RU"]);
}

/// A number given as a phone in a post that names only a destination is not guessed from
/// its format alone; where the post's language (or script, or prices) points to the one
/// country where it is a mobile, it is the number from home.
#[test]
fn a_recruiter_abroad_gives_a_number_from_home() {
    let x = Extractor::default();
    let de = post(
        "Dringend gesucht: Haushaltshilfen für Riyadh. Unterkunft und Verpflegung frei. \
         Anrufen oder WhatsApp 0160 82454966. Keine unterdrückten Nummern.",
    );
    assert_eq!(phones(&x, &de), one("+4916082454966", RegionSource::Text));
    let en = post("Urgent: housemaids for Riyadh. Call or WhatsApp 0160 82454966.");
    let found = x.extract_all(&en);
    assert!(found
        .selectors
        .iter()
        .all(|s| s.kind != SelectorKind::Phone));
    assert_eq!(found.ambiguous.len(), 1);
}

/// A number in groups as a country without a trunk prefix writes it at home, given as a
/// phone in a post naming only a destination: from home where the post's language says so,
/// reported (with its opening parenthesis) where nothing does; a short run stays unread.
#[test]
fn a_number_without_a_trunk_prefix_from_home() {
    let x = Extractor::default();
    let pt = post(
        "Vagas para manicures em Riyadh. Moradia e alimentação por conta da empresa. \
         Ligue ou WhatsApp (11) 90214-4026. Não atendo número privado.",
    );
    assert_eq!(phones(&x, &pt), one("+5511902144026", RegionSource::Text));
    let en = x.extract_all(&post("Jobs in Dubai. Call (713) 555-0123 now"));
    assert!(en.selectors.iter().all(|s| s.kind != SelectorKind::Phone));
    assert_eq!(en.ambiguous[0].raw, "(713) 555-0123");
    assert!(en.ambiguous[0].regions.contains(&"US".to_string()));
    let short = x.extract_all(&post("Jobs in Dubai. WhatsApp 285 8835"));
    assert!(short.ambiguous.is_empty());
}

/// A national number several countries read alike, written beside the advertiser's own
/// number with its country code, is read in that code's country, whatever other codes the
/// post holds (here the site's support line).
#[test]
fn a_number_beside_a_coded_one_takes_its_country() {
    let x = Extractor::default();
    let mut p = post(
        "Our client in Saudi needs 10 waiters.\nContact: 9827280443 / +977 982-4724331\n--\n\
         Need help? Call +91 22 2250 0290 · support@kutumb.example",
    );
    p.site = Some("kutumb.example".into());
    let found = phones(&x, &p);
    assert!(
        found.contains(&("+9779827280443".into(), Some(RegionSource::CallingCode))),
        "{found:?}"
    );
}

/// A site's support line (a line naming the hosting site's domain) says where the site is:
/// its code reads a number after everything the post itself says (a price in riyals), and
/// still reads one nothing else places.
#[test]
fn a_sites_support_line_comes_after_the_post() {
    let x = Extractor::default();
    let footer = "\n--\nNeed help? Call +971 2 231 2680 · support@gulfclassifieds.example";
    let mut p = post(&format!("Price: SAR 1,200\nContact 0552875891{footer}"));
    p.site = Some("gulfclassifieds.example".into());
    let found = phones(&x, &p);
    assert!(found.iter().any(|(v, _)| v == "+966552875891"), "{found:?}");
    assert!(
        !found.iter().any(|(v, _)| v == "+971552875891"),
        "{found:?}"
    );
    let mut p = post(&format!(
        "Neat cleaning services\nContact 0552875891{footer}"
    ));
    p.site = Some("gulfclassifieds.example".into());
    let found = phones(&x, &p);
    assert!(found.iter().any(|(v, _)| v == "+971552875891"), "{found:?}");
}

/// A mobile wallet's account is a phone number of a country the wallet is opened in: the
/// number right after its name is read there first, and a wallet named anywhere points to
/// those countries as a currency does.
#[test]
fn a_wallets_number_is_read_where_the_wallet_is() {
    let x = Extractor::default();
    // Valid in the Emirates, Saudi Arabia and Ghana; MTN MoMo is Ghana's of the three.
    let p = post("Pay deposit to MTN MoMo 054 461 6948 (Kelechi A.)");
    assert_eq!(phones(&x, &p), one("+233544616948", RegionSource::Text));
    // An Italian WhatsApp number beside it does not make the wallet's number Italian.
    let p = post("Call/WhatsApp: +39 366 916 9534\nMTN MoMo number 0809-990-8513 – Kelechi A.");
    let found = phones(&x, &p);
    assert!(
        found.contains(&("+2348099908513".to_string(), Some(RegionSource::Text))),
        "{found:?}"
    );
    // "Orange Money au …": the words ads put between a wallet and its number.
    let p = post("Infos : +39 366 161 6055\nDépôt Orange Money au 05 14 73 4305");
    let found = phones(&x, &p);
    assert!(
        found.contains(&("+2250514734305".to_string(), Some(RegionSource::Text))),
        "{found:?}"
    );
    // Where the post places itself among the wallet's countries decides between them: MoMo
    // is Vietnam's wallet and MTN's, and both read these digits.
    let mut p = post("Gửi cọc qua MoMo 0596670102");
    p.region = Some("VN".into());
    assert_eq!(phones(&x, &p), one("+84596670102", RegionSource::Record));
    let mut p = post("Send the deposit via MoMo 0596670102");
    p.region = Some("GH".into());
    assert_eq!(phones(&x, &p), one("+233596670102", RegionSource::Record));
    // Of the wallet's countries that read the number, the one whose language the post is
    // written in: MTN MoMo in Ghana and in Côte d'Ivoire both read "0531090167", and the post
    // is French (which the wallet's other countries speak too: Cameroon, Benin).
    let p = post(
        "Billet + travail + logement.\nAvance 400 000 FCFA pour commencer.\n\
         Rendez-vous à l'ambassade en 3 semaines.\nMTN MoMo : 0531090167 au nom de Yorman P.",
    );
    assert_eq!(phones(&x, &p), one("+2250531090167", RegionSource::Text));
    // English, which ads are written in everywhere, says nothing: it stays ambiguous.
    let p = post("Visa in 3 weeks, pay the deposit first.\nMTN MoMo : 0531090167 (Yorman P.)");
    let found = x.extract_all(&p);
    assert!(found
        .selectors
        .iter()
        .all(|s| s.kind != SelectorKind::Phone));
    assert_eq!(found.ambiguous[0].regions, vec!["CI", "GH"]);
    // A name that is also a word needs a word for paying: "Call Maya" gives Maya's number.
    let mut p = post("Call Maya 054 461 6948");
    p.region = Some("AE".into());
    assert_eq!(phones(&x, &p), one("+971544616948", RegionSource::Record));
}

/// Numbers listed with a spaced slash are each a whole number: a post its format alone places
/// reads each item that one plausible region reads, as it would read it alone.
#[test]
fn each_number_of_a_list_split_by_spaced_slashes_is_placed_alone() {
    let x = Extractor::default();
    let p = post("جوال: 011 261 1683 / 059 659 5016");
    assert_eq!(phones(&x, &p), one("+966596595016", RegionSource::Format));
    // The second item reads alike in the Emirates and Saudi Arabia: reported, not guessed.
    let p = post("Tel 059 659 5016 / 0580135337");
    let found = x.extract_all(&p);
    assert_eq!(phones(&x, &p), one("+966596595016", RegionSource::Format));
    assert_eq!(found.ambiguous.len(), 1);
    assert_eq!(found.ambiguous[0].regions, vec!["AE", "SA"]);
    // Two items of a price list are no number.
    let p = post("Rates: 1500 / 3000 / 6000 Serious buyers only.");
    assert!(phones(&x, &p).is_empty());
}

/// A country named as where the work is in an offer of work abroad is where the work is
/// wherever the post names it again: the recruiter's number is read where the recruiter is.
#[test]
fn a_destination_named_again_is_still_the_destination() {
    let x = Extractor::default();
    let mut p = post(
        "Urgent need 20 security guards for a big company in Italy.\nSalary €1,300 + overtime\n\
         Call us on 08068835280",
    );
    p.title = Some("Italy work visa – security guard wanted".into());
    p.site = Some("naijaboard.ng".into());
    assert_eq!(phones(&x, &p), one("+2348068835280", RegionSource::Url));
    // Named only outside an offer, the country is where the post is.
    let mut p = post("Security guards for a big company in Italy. Call us on 0680 6883 528");
    p.site = Some("naijaboard.ng".into());
    assert_eq!(phones(&x, &p), one("+3906806883528", RegionSource::Text));
}

/// In an offer of travel abroad that prices in two currencies, the salary's is where the work
/// is ("Salaire QAR 1,800" beside a fee in FCFA): Qatar, named on another line, does not read
/// the recruiter's number; a salary in the only currency of the post may be home's and
/// decides nothing.
#[test]
fn the_currency_of_the_salary_abroad_is_the_destination() {
    let x = Extractor::default();
    let offer = |lines: &str| {
        post(&format!(
            "Nous recrutons 10 infirmiers pour une grande société à Qatar.\n\
             Visa et billet gratuits\n{lines}\nAppelez/WhatsApp : 5512 3456"
        ))
    };
    let qatar = one("+97455123456", RegionSource::Text);
    let two = offer("Salaire QAR 1,800\nFrais de dossier 1 000 000 FCFA");
    assert!(!phones(&x, &two).contains(&qatar[0]));
    assert_eq!(phones(&x, &offer("Salaire QAR 1,800")), qatar);
    assert_eq!(
        phones(
            &x,
            &offer("Salaire EUR 900\nFrais de dossier 1 000 000 FCFA")
        ),
        qatar
    );
}

/// A list of numbers with a spaced slash between them, none read where the post is placed:
/// each is reported on its own, as it would be alone (the list is no one number).
#[test]
fn each_number_of_a_list_the_place_does_not_read_is_reported() {
    let x = Extractor::default();
    let mut p = post("Maids available. Tel: 0803 123 4567 / 0805 170 9902");
    p.region = Some("AE".into());
    let found = x.extract_all(&p);
    assert!(found.selectors.is_empty(), "{:?}", found.selectors);
    let raw: Vec<&str> = found.ambiguous.iter().map(|a| a.raw.as_str()).collect();
    assert_eq!(raw, vec!["0803 123 4567", "0805 170 9902"]);
    assert!(found
        .ambiguous
        .iter()
        .all(|a| a.regions.contains(&"NG".to_string())));
    // One number with its area code set apart by a spaced slash is reported whole.
    p.body = Some("Tel: 0171 / 123 45 67".into());
    let found = x.extract_all(&p);
    let raw: Vec<&str> = found.ambiguous.iter().map(|a| a.raw.as_str()).collect();
    assert_eq!(raw, vec!["0171 / 123 45 67"]);
    // One the place reads is read; the other still reported.
    p.body = Some("Maids available. Tel: 050 123 4567 / 0805 170 9902".into());
    let found = x.extract_all(&p);
    assert_eq!(found.selectors.len(), 1, "{:?}", found.selectors);
    assert_eq!(found.ambiguous.len(), 1);
    assert_eq!(found.ambiguous[0].raw, "0805 170 9902");
}

/// An advert in Arabic is in Arabic, not in every language written in its script: a number
/// that Urdu's country would read (India) is not placed there by the script alone. With the
/// site's support line in the footer, the site's country reads it, as in an English post.
#[test]
fn an_arabic_advert_does_not_point_to_the_countries_of_urdu_and_persian() {
    let x = Extractor::default();
    let body = "تعلن شركة الواحة عن حاجتها إلى سائق للعمل في الرياض.\nWhatsApp: 08051709902";
    let p = post(body);
    let found = x.extract_all(&p);
    assert!(found.selectors.is_empty(), "{:?}", found.selectors);
    assert_eq!(found.ambiguous.len(), 1);
    assert!(found.ambiguous[0].regions.contains(&"NG".to_string()));
    let mut p = post(&format!(
        "{body}\n--\nNeed help? Call +234 2034 17 7952 · support@naijaboard.example"
    ));
    p.site = Some("naijaboard.example".into());
    assert!(phones(&x, &p).contains(&(
        "+2348051709902".to_string(),
        Some(RegionSource::CallingCode)
    )));
    // In Urdu, India and Pakistan are the countries of its writing: India reads it.
    let p = post("ملازمت کے لیے رابطہ کریں، واٹس ایپ: 08051709902");
    assert_eq!(
        phones(&x, &p),
        vec![("+918051709902".to_string(), Some(RegionSource::Text))]
    );
}

/// A house number before a number is no country code: a code written bare is followed by the
/// national number, not the trunk prefix dialled at home, and not across an item separator.
/// Rome's "39 06 …" keeps its 0, which is part of the number.
#[test]
fn a_house_number_before_a_number_is_no_country_code() {
    let x = Extractor::default();
    for (region, body, want) in [
        ("IT", "Via Dante 218 · 041-294-9834", "+390412949834"),
        ("IT", "Via Dante 218 041-294-9834", "+390412949834"),
        ("IT", "Via Dante 218 | 041-294-9834", "+390412949834"),
        ("ES", "Paseo del Prado 241 · 654 63 80 02", "+34654638002"),
        ("BR", "Rua São João, 92 · 5332250999", "+555332250999"),
        ("IT", "Chiama 39 06 4567 8901", "+390645678901"),
    ] {
        let mut p = post(body);
        p.region = Some(region.into());
        let got: Vec<String> = phones(&x, &p).into_iter().map(|(v, _)| v).collect();
        assert_eq!(got, vec![want.to_string()], "{body}");
    }
}

/// A post written in a script only one country writes (Lao, Thai, Korean's Hangul), naming no
/// place: its fixed lines are read there too, not only its mobiles ("021 832 859" is a
/// Vientiane line, not a New Zealand mobile).
#[test]
fn a_script_only_one_country_writes_reads_its_fixed_lines() {
    let x = Extractor::default();
    let p = post("ຂາຍໂທລະສັບ ລາຄາດີ\nຕິດຕໍ່ 👉 0_2_1_8_3_2_8_5_9");
    assert_eq!(phones(&x, &p), one("+85621832859", RegionSource::Text));
    let p = post("ขายโทรศัพท์มือสอง ติดต่อ 02 154 8664");
    assert_eq!(phones(&x, &p), one("+6621548664", RegionSource::Text));
    // A named place still comes first.
    let p = post("ขายโทรศัพท์มือสอง ที่ Auckland ติดต่อ 021 548 664");
    assert_eq!(phones(&x, &p), one("+6421548664", RegionSource::Text));
}

/// A post that names no place, written in a script one country alone writes, reads its
/// national numbers in that country before the code of its other number: the number written
/// with its code is often the one from abroad. "074 735 091" is a Thai and a Malaysian number.
#[test]
fn a_one_country_script_goes_before_another_numbers_code() {
    let x = Extractor::default();
    let p = post("ห้องว่าง ใกล้รถไฟฟ้า 🌹 โทร 074 735 091 หรือ +60121054087");
    assert_eq!(
        phones(&x, &p),
        vec![
            ("+6674735091".to_string(), Some(RegionSource::Text)),
            ("+60121054087".to_string(), Some(RegionSource::CallingCode)),
        ]
    );
    // A post in a script several countries write keeps the code's country first.
    let p = post("Room free near the station. Call 074 735 091 or +60121054087");
    assert_eq!(phones(&x, &p)[0].0, "+6074735091");
}

/// A location that names a city by three letters or fewer ("Van": a Turkish city, and what
/// Vancouver goes by) comes after the places the text names.
#[test]
fn a_city_named_by_three_letters_comes_after_the_text() {
    let x = Extractor::default();
    // "236 555 0123" is a Canadian (British Columbia) and a Turkish (Manisa) number.
    let mut p = post("Relax your body and mind.\n3172 Quarry Ave, Vancouver\ncell 236 555 0123");
    p.location = Some("Van".into());
    assert_eq!(phones(&x, &p), one("+12365550123", RegionSource::Text));
    // With nothing in the text, the location still places it.
    let mut p = post("Relax your body and mind.\ncell 236 555 0123");
    p.location = Some("Van".into());
    assert_eq!(phones(&x, &p), one("+902365550123", RegionSource::Location));
}
