//! Licence and registration numbers agencies advertise under: one value however written,
//! and prices, years and addresses left alone.

use crate::post;
use plainsight_core::SelectorKind;
use plainsight_extract::Extractor;

fn licences(body: &str) -> Vec<(String, String)> {
    Extractor::default()
        .extract(&post(None, body))
        .into_iter()
        .filter(|s| s.kind == SelectorKind::Licence)
        .map(|s| (s.value.clone(), s.raw.clone()))
        .collect()
}

#[test]
fn an_agencys_number_written_many_ways_is_one_licence() {
    for body in [
        "Sky Manpower, licence RL-1234/PESH. Send CV.",
        "Govt licensed. RL 1234 / PESH. Apply now",
        "Lic. No: RL1234-PESH, office in Peshawar",
        "Licence RL/1234/PESH — no fees",
        "R.L. No. 1234/PESH. Interviews Monday",
        "Licensed agency rl-1234/pesh",
        "Nuestra agencia (licencia 1234/PESH) busca",
        "Apply: OEP Licence No. 1234/PESH",
    ] {
        let found = licences(body);
        assert_eq!(found.len(), 1, "{body}: {found:?}");
        assert_eq!(found[0].0, "1234/PESH", "{body}");
    }
    assert_eq!(
        licences("RA Licence No. B-0585/MUM/PER/1000+/5/8919/2011 apply")[0].0,
        "585/MUM"
    );
    assert_eq!(
        licences("Govt. Lic. No. 1234/067/68, Kathmandu")[0].0,
        "1234/67"
    );
    assert_eq!(
        licences("licence no. RA-54268. Monthly salary")[0].0,
        "54268"
    );
    // Cues in other languages and scripts, number signs, short codes after a cue.
    for (body, value) in [
        ("AGRÉMENT NO 612 — recrutement", "612"),
        ("AGÊNCIA LICENCIADA, LICENÇA Nº 640/2015", "640/15"),
        ("Registration: MOL/LRA 2304 | Madina", "2304"),
        ("Bureau Licence No. 13-63. | Hotline", "13/63"),
        ("LMT #MA80035 • licensed & insured", "80035"),
        ("पंजीकरण संख्या B-2619/BLR", "2619/BLR"),
        // Digits of other scripts, in a field with no ASCII digit.
        ("लाइसेन्स नं. ३७६/०७२/७३ | Chitwan", "376/72"),
        ("ترخيص رقم ٧٤٤.", "744"),
        // "Licensed" with a number sign after it is followed by a number.
        ("Licensed n° 4521, Lagos", "4521"),
        ("licensed nr 4521", "4521"),
        ("licensed #4521", "4521"),
    ] {
        let found = licences(body);
        assert_eq!(found.len(), 1, "{body}: {found:?}");
        assert_eq!(found[0].0, value, "{body}");
    }
}

#[test]
fn prices_years_and_addresses_are_no_licence() {
    for body in [
        "licensed 2018, call us",
        "Our two therapists are licensed 3855 Oak Ave, SeaTac",
        "OUR TWO THERAPISTS ARE LICENSED. 3654 YONGE ST",
        "Citas al 150/hh 300/h",
        "Reg. 150/hr, specials 120/hr",
        "Rates AT 1250/HH",
        "Salary USD 1500/month, AED 300/hr",
        "licence required, 5 years experience",
        "Driving licence and 2 years' experience",
        "pay registration fee R1800 now",
        "RESIDENCE PERMIT 084173299",
        "reg. 2021. Invoice no. 55190",
    ] {
        assert_eq!(licences(body), Vec::<(String, String)>::new(), "{body}");
    }
}

#[test]
fn a_phone_after_licensed_stays_a_phone() {
    // "Licensed" describes the therapist; the number after it is hers. A licence code of
    // digits alone gives way to a phone read over the same characters.
    let found = Extractor::default().extract(&post(
        None,
        "Relaxing full body massage by a licensed therapist <br> <strong>403.555.0151</strong>",
    ));
    let kinds: Vec<SelectorKind> = found.iter().map(|s| s.kind).collect();
    assert_eq!(kinds, vec![SelectorKind::Phone], "{found:?}");
}
