//! Tests that guard against harm: posts with no red flags must score low, so that a review
//! queue does not bury victims under honest employers, independent adults and therapists.

use crate::{codes, eval};

/// "Low": less evidence than one strong indicator alone.
const LOW: f64 = 0.45;

fn assert_low(texts: &[&str]) {
    let mut failures = Vec::new();
    for t in texts {
        let e = eval(t);
        if e.risk.score >= LOW {
            failures.push(format!("{:.3} {:?} on {t:?}", e.risk.score, codes(&e)));
        }
    }
    assert!(failures.is_empty(), "scored high:\n{}", failures.join("\n"));
}

#[test]
fn ordinary_job_ads_score_low() {
    assert_low(&[
        "Warehouse operatives wanted in Leeds. No experience required, full training given. £11.50 per hour, 40 hours a week. Apply with your CV at our office, 12 Canal Street.",
        "Urgent: kitchen porter needed at The Crown Hotel, Bristol. Accommodation provided for live-in staff. Contact HR on 0117 496 0000.",
        "Acme Logistics Ltd is hiring delivery drivers. Full UK licence needed. £2,300 per month plus overtime. Apply online at acme-logistics.example.",
        "Se busca camarero/a para restaurante La Tasca en Sevilla. Contrato indefinido, 1.300 euros al mes. Enviar CV a empleo@latasca.example.",
        "Empresa de limpieza Limpiezas García contrata personal, sin experiencia, formación a cargo de la empresa. Salario según convenio.",
        "Boulangerie Martin à Lyon recrute un vendeur (H/F). CDI, 35 heures, 1 800 € brut par mois. Envoyez votre CV à notre adresse.",
        "Recrutement urgent : agents de sécurité pour le chantier Vinci à Dakar. Contactez notre bureau au centre-ville.",
        "Restaurante Sabor do Porto contrata cozinheiro. Salário 950 euros, contrato de trabalho. Envie currículo para o e-mail.",
        "Supermercado Bom Preço em Luanda contrata operadores de caixa, sem experiência. Entrevistas no nosso escritório.",
        "مطلوب محاسب لشركة النور للتجارة في عمان. خبرة سنتين. الراتب حسب الخبرة. ارسل السيرة الذاتية الى البريد.",
        "Hiring: seasonal farm workers, Ontario. Employer: Green Acres Farms Inc. LMIA approved, employer pays no recruitment fee. Wage $16.55/hour.",
        "Nanny wanted for our family in Manchester, two children. References required. Contact us on WhatsApp to arrange a visit.",
    ]);
}

#[test]
fn independent_adults_without_red_flags_score_low() {
    assert_low(&[
        "Hi gentlemen, I'm Mia, 29, an independent companion. Outcall to hotels and homes. Screening required, rates on my website.",
        "Mature, classy and discreet. I am 34 and I set my own schedule. By appointment only, please introduce yourself.",
        "Independent provider in Denver. Donations 250 roses for the hour. I am friendly and I enjoy good conversation.",
        "Hola, soy Carla, 31 años, independiente. Cita previa, discreción total.",
        "Je suis Léa, 30 ans, indépendante, je reçois sur rendez-vous dans un cadre discret.",
    ]);
}

#[test]
fn licensed_massage_therapists_score_low() {
    assert_low(&[
        "Licensed massage therapist (LMT #12345), 10 years of experience. Deep tissue, sports and prenatal massage. Open 9am to 7pm, closed Sundays. Book online.",
        "Relax at Harmony Wellness Spa: Swedish massage, hot stones, aromatherapy. Our two therapists are licensed. Call reception to book.",
        "Fisioterapeuta colegiada, masaje deportivo y descontracturante. Cita previa en nuestro centro.",
        "Massage bien-être par praticienne diplômée, sur rendez-vous, au cabinet.",
    ]);
}

#[test]
fn nationality_alone_never_raises_risk() {
    // The same honest ad, naming different origins and destinations' communities, scores the
    // same: no pattern reads a people or a country of origin.
    let base = eval("Friendly waitress wanted for our cafe, evening shifts.")
        .risk
        .score;
    for who in [
        "Nigerian",
        "Eritrean",
        "Ethiopian",
        "Senegalese",
        "Venezuelan",
        "Syrian",
        "Asian",
        "Latina",
    ] {
        let e = eval(&format!(
            "Friendly {who} waitress wanted for our cafe, evening shifts."
        ));
        assert_eq!(e.risk.score, base, "{who}: {:?}", codes(&e));
    }
}

#[test]
fn age_requirements_of_job_ads_are_not_stated_ages() {
    for t in [
        "Retail assistant, minimum age 16, weekend shifts.",
        "Must be aged 16 or over to apply.",
        "Applicants aged 16+ welcome.",
        "Age 17 and above can apply.",
        "Edad mínima 16 años.",
        "Âgé d'au moins 16 ans.",
        "Idade mínima 16 anos.",
    ] {
        let e = eval(t);
        assert!(
            !codes(&e).contains(&"S002") && !codes(&e).contains(&"S001"),
            "{t:?} read as a stated age: {:?}",
            codes(&e)
        );
    }
    // A stated age is still read.
    assert!(codes(&eval("new girl, I'm 16 years old, text me")).contains(&"S002"));
}
