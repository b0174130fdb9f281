//! Snapshots of what an analyst reads: for a few synthetic posts, each indicator with the text of
//! its evidence span, and the risk with its contributions.

use crate::evaluator;
use plainsight_core::Post;
use std::fmt::Write;

fn render(posts: &[Post]) -> String {
    let mut out = String::new();
    for p in posts {
        let e = evaluator().evaluate(p, &[]);
        let _ = writeln!(
            out,
            "{}  risk {:.4}  (evidence {:.2})",
            p.id, e.risk.score, e.risk.evidence
        );
        for h in &e.indicators {
            let text = p.field(h.field).map(|t| &t[h.start..h.end]).unwrap_or("");
            let _ = writeln!(
                out,
                "  {} {:<34} {:>4} {}[{}..{}] {:?}",
                h.code, h.name, h.weight, h.field, h.start, h.end, text
            );
        }
        if !e.ages.is_empty() {
            let _ = writeln!(out, "  ages {:?}", e.ages);
        }
    }
    out
}

fn post(id: &str, title: &str, body: &str) -> Post {
    Post {
        id: id.into(),
        title: (!title.is_empty()).then(|| title.to_string()),
        body: Some(body.into()),
        ..Post::default()
    }
}

#[test]
fn synthetic_posts() {
    let posts = [
        post("R-en", "URGENT hiring", "Ladies only, aged 18-25, to work in Dubai as hotel cleaners. Salary $3,000 per month, no experience needed. Visa and flight ticket provided; fees deducted from your first salary. Your passport will be kept safe by the agency. Send full body photo, WhatsApp only."),
        post("R-fr", "", "Filles uniquement, 18-25 ans. Travail en France, salaire 3 000 euros par mois, sans expérience. Visa et billet d'avion offerts, l'agence garde votre passeport."),
        post("R-ar", "", "بنات فقط، العمر 18-25. عمل في دبي. الراتب 3000 دولار بدون خبرة. جواز السفر يبقى مع الشركة."),
        post("O-en", "New in town 🍒", "Just arrived, only here a few days. Sweet 19 yo, text only. 2 girls available, my manager handles bookings. Incall only, hotel near the airport. 150 roses."),
        post("O-es", "", "Recién llegada, JOVENCITA de 18 añitos. Llama a mi encargado, disponible 24 horas."),
        post("I-en", "", "Hi gentlemen, I'm Mia, 29, an independent companion. Outcall to hotels and homes. Screening required."),
        post("M-en", "Licensed massage therapist", "LMT #12345, deep tissue and sports massage. Open 9am to 7pm. Book online."),
        post("E-en", "", "Brightway Cleaning Ltd is hiring cleaners, £11.80 per hour, no experience required. Apply with your CV."),
    ];
    insta::assert_snapshot!(render(&posts));
}
