//! What the views make of typical disguises, for a person to read (synthetic text).

use plainsight_text::{digit_view, fold};

const CASES: &[&str] = &[
    "Call ７one３ five5five o1two3 🌹",
    "𝟕𝟏𝟑 ⑤⑤⑤ ０１２３",
    "7️⃣1️⃣3️⃣ 5️⃣5️⃣5️⃣",
    "٠٧٩٧ ١٢٣ ٤٥٦٧",
    "seventy one three, double five, triple 7",
    "siete uno tres cinco cinco cinco cero uno dos tres",
    "zero six, douze, trente-quatre, cinquante-six, soixante-dix-huit",
    "quatre-vingt-dix-neuf et soixante et onze",
    "nove um nove oito sete meia cinco quatro três dois um",
    "713 dot 555 dot O1two3",
    "<p>Text me&#58; 713&#x2D;555&ndash;0123</p>",
    "Ѕwееt уоung gmаil.соm",
    "li\u{200B}ly\u{200D}22 at gmail",
    "Boston tone Oil lol done once",
];

#[test]
fn views_of_disguises() {
    let rendered: Vec<String> = CASES
        .iter()
        .map(|raw| {
            format!(
                "raw:   {raw}\nfold:  {}\ndigit: {}\n",
                fold(raw).as_str(),
                digit_view(raw).as_str()
            )
        })
        .collect();
    insta::assert_snapshot!(rendered.join("\n"));
}
