//! Decoys (synthetic): numbers that are not phones must yield nothing, in several regions.

use plainsight_phone::{find_phones, PhoneContext};

const DECOYS: &[&str] = &[
    // prices and rates
    "$200",
    "$200/hr 150/hh",
    "200 roses",
    "1,500.00",
    "$1,500.00 per night",
    "€1.500,00",
    "R$ 1.500,00",
    "₦150,000",
    "Rs. 25,000/-",
    "USD 1200000",
    "price 2500000",
    "150/hr 250/2hr 400/hr",
    "donation 300 roses 1 hour 500 roses 2 hours",
    "1,000,000",
    "2.500.000 €",
    // dates and times
    "2023-05-12",
    "12/05/2023",
    "5.12.23",
    "10:30pm",
    "2023-05-12 10:30",
    "12/05/2023 22:15:00",
    "posted 2023/05/12 at 08:00",
    "Mon 12.05.2023 18:30",
    "from 10am to 11pm",
    "2012-01-02 08:00",
    "20120102 08:00",
    "on 03/27/2011",
    "31/8/2011",
    "1979-2011",
    "2019 - 2023",
    // ages, heights, weights, measurements
    "22 yo",
    "I'm 22 years old",
    "5'6\" 120 lbs",
    "34-24-36",
    "34DD",
    "36-24-36 5'7 130lbs",
    "5ft 6in",
    "165 cm 55 kg",
    "size 8",
    "24/7",
    "100% real",
    "age 23 height 170cm weight 55kg",
    // references
    "Ad # 7135550123",
    "ref: 20230512001",
    "Order #4155550123",
    "ticket 8325550199",
    "invoice 7135550123",
    "Tracking: 9400 1000 0000 0000 0000 00",
    "ID: 713555012",
    "Ad ID 2015550123",
    "pedido 612345678",
    "réf 0612345678",
    "anúncio 11961234567",
    // banking and cards
    "GB82 WEST 1234 5698 7654 32",
    "DE89 3704 0044 0532 0130 00",
    "FR14 2004 1010 0505 0001 3M02 606",
    "4111 1111 1111 1111",
    "4111-1111-1111-1111",
    "5500 0000 0000 0004",
    "4111111111111111",
    "3782 822463 10005",
    // flights, ISBN, coordinates, misc
    "UA 1234",
    "flight AA 2345 at 10:15",
    "ISBN 978-3-16-148410-0",
    "29.7604, -95.3698",
    "29.76043 -95.36980",
    "lat 40.7128 lon -74.0060",
    "v1.2.3",
    "version 10.0.19045",
    "zip 77002",
    "77002-1234",
    "zip 77002-1234",
    "CP 75011 Paris",
    "CEP 01310-100",
    "CEP: 01310100",
    "room 1205 floor 12",
    "Call between 9 and 5",
    "1st 2nd 3rd 4th",
    "2 girls 3 guys",
    "100 200 300",
    "1 2 3 4",
    // upstream matcher impossible cases, in prose
    "born 3/10/1984",
    "650x2531234",
    "12345",
    // lists of rates and counts
    "rates: 100 150 200 250 300 350 400",
    "1 hr 200, 2 hrs 350, overnight 1000",
    "150$ 250$ 400$",
    "150 € / 250 € / 400 €",
    "R$150 R$250",
    "₹2000 ₹3500",
    "5000 naira 8000 naira",
    "Ksh 3000 Ksh 5000",
    "30min 120 60min 200 90min 280",
    "qv 100 hh 150 h 250",
    "since 1999, 2005, 2010 and 2020",
    "open 10 to 22, 7 days",
    "top 10 in 2023 with 500 reviews",
    "Room 214, 3rd floor, building 12, 55 Main St",
    "I'm 5 ft 6 and 125",
    "sizes 34 36 38 40 42",
];

#[test]
fn decoys_yield_nothing() {
    let mut failures = Vec::new();
    for region in ["US", "GB", "FR", "BR", "NG", "IN", "DE"] {
        for text in DECOYS {
            let sentence = format!("Hello, {text} thanks");
            let found = find_phones(&sentence, &PhoneContext::from_data(Some(region)));
            if !found.is_empty() {
                failures.push(format!("[{region}] {text:?}: {found:?}"));
            }
        }
    }
    for text in DECOYS {
        let found = find_phones(text, &PhoneContext::from_data(None));
        if !found.is_empty() {
            failures.push(format!("[none] {text:?}: {found:?}"));
        }
    }
    assert!(
        failures.is_empty(),
        "{} decoys matched:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// A postal-code word ("cp", "zip", "CEP") makes a postal code of what follows only when it
/// has no more digits than one: "cp: 0917 …" is a Philippine cellphone ("cp").
#[test]
fn a_postal_word_before_a_number_too_long_for_a_postal_code_is_no_cue() {
    for (text, region, want) in [
        ("cp: 0917 123 2067", "PH", "+639171232067"),
        ("CP 0917-123-9540 text lang po", "PH", "+639171239540"),
        ("zip 77002, cell 713 555 0123", "US", "+17135550123"),
    ] {
        let found: Vec<String> = find_phones(text, &PhoneContext::from_data(Some(region)))
            .into_iter()
            .map(|f| f.e164)
            .collect();
        assert_eq!(found, vec![want.to_string()], "{text}");
    }
}
