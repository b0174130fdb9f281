//! The registry: every indicator the engine knows, with a stable code, a name, a weight, and the
//! documentation an analyst reads (what it detects, why it matters, an example, known false
//! positives). Codes are never reused: a retired rule keeps its code and is marked retired.
//!
//! The *patterns* that detect each indicator are not here but in one data file per language
//! (`lang/*.toml`), so that adding a language is adding a file.

use crate::posttype::PostType;
use serde::Serialize;

use PostType as T;

/// Which kind of post an indicator speaks about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Family {
    /// Commercial sex advertisements.
    SexAd,
    /// Job offers and recruitment.
    Recruitment,
    /// What only a network of posts shows (computed by [`crate::network_risk`]).
    Network,
}

impl Family {
    pub fn as_str(self) -> &'static str {
        match self {
            Family::SexAd => "sex_ad",
            Family::Recruitment => "recruitment",
            Family::Network => "network",
        }
    }
}

/// The dimensions of the ILO–European Commission *Operational indicators of trafficking in human
/// beings* (2009), the shared vocabulary of labour inspectors, NGOs and police in Europe and
/// Africa. See: ILO/EC, "Operational indicators of trafficking in human beings", Delphi survey
/// results, September 2009 (revised March 2009 edition), tables 1–6.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum IloDimension {
    DeceptiveRecruitment,
    CoerciveRecruitment,
    RecruitmentByAbuseOfVulnerability,
    ExploitativeConditions,
    CoercionAtDestination,
    AbuseOfVulnerabilityAtDestination,
}

impl IloDimension {
    pub fn as_str(self) -> &'static str {
        match self {
            IloDimension::DeceptiveRecruitment => "deceptive recruitment",
            IloDimension::CoerciveRecruitment => "coercive recruitment",
            IloDimension::RecruitmentByAbuseOfVulnerability => {
                "recruitment by abuse of vulnerability"
            }
            IloDimension::ExploitativeConditions => "exploitative conditions of work",
            IloDimension::CoercionAtDestination => "coercion at destination",
            IloDimension::AbuseOfVulnerabilityAtDestination => {
                "abuse of vulnerability at destination"
            }
        }
    }
}

/// How an indicator is detected, which decides what a language file must give for it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Detector {
    /// Any pattern of the language files for this code matches.
    Patterns,
    /// A stated age (patterns under `[cues] age`, group 1 the number) within a range.
    StatedAge { min: u32, max: u32 },
    /// A stated pay at or above a threshold (`[cues] pay`, group 1 the amount) together with a
    /// "no skills needed" cue (`[cues] no_skills`) in the same post.
    UnskilledHighPay { threshold: u64 },
    /// A phone selector whose country calling code differs from the post's region.
    ForeignNumber,
    /// Computed from network features, not from a single post's text.
    Computed,
}

/// A rule about meaning that every pattern match of an indicator must pass (see
/// [`crate::lang::Scope`] for the words each rule reads, per language).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Guard {
    /// A match inside a negation or refusal does not count: "I don't send pics", "no pimps",
    /// "no 2 girls", "pimps need not apply", "je n'envoie pas", "não atendo".
    Negation,
    /// "Fresh" next to hygiene words ("always fresh & showered", "limpia y fresquita") is about
    /// hygiene, not youth.
    Hygiene,
    /// A term of address to the client ("hi daddy", "sugar daddy", "ven papi", "mon chéri")
    /// is not a third party: it counts only after a possessive or definite determiner ("my
    /// daddy takes the calls", "llama a mi papi").
    Address,
}

impl Guard {
    pub fn as_str(self) -> &'static str {
        match self {
            Guard::Negation => "negation and refusal",
            Guard::Hygiene => "hygiene words",
            Guard::Address => "terms of address",
        }
    }
}

/// Post types of each scope (see [`PostType`]).
const ANY: &[PostType] = &[T::SexAd, T::JobOffer, T::Massage, T::Other];
/// Advertisements of a person or of a massage business: what an escort, a parlour or a third
/// party says about the people offered. Never job offers ("girls aged 18-25 wanted" is a
/// requirement, not a stated age) nor other classifieds ("24/7 towing", "young at heart").
const ADS: &[PostType] = &[T::SexAd, T::Massage];
/// Offers of work, including recruitment into sex work: never sex or massage ads, where "pretty
/// face", "send pics" and "WhatsApp only" describe the advertiser, nor other classifieds.
const JOB: &[PostType] = &[T::JobOffer];

/// One coded indicator.
#[derive(Clone, Debug, Serialize)]
pub struct IndicatorSpec {
    /// Stable code, never reused: `S…` sex ads, `J…` recruitment, `N…` network.
    pub code: &'static str,
    /// Short kebab-case name shown next to the code.
    pub name: &'static str,
    pub family: Family,
    pub ilo: Option<IloDimension>,
    /// Contribution to the evidence sum when the indicator fires (counted once per post).
    pub weight: f64,
    pub detector: Detector,
    /// The post types it reads (see [`PostType`]): on other posts it stays silent.
    pub reads: &'static [PostType],
    /// Rules of meaning a match must pass (negation, hygiene, terms of address).
    pub guards: &'static [Guard],
    /// Context: when not empty, the indicator counts only if one of these codes also fires in
    /// the post (an emoji alone is decoration; next to a youth or control cue it is a code).
    pub needs_any: &'static [&'static str],
    /// What it detects.
    pub what: &'static str,
    /// Why it matters, with the source.
    pub why: &'static str,
    /// Known false positives, and how the weight accounts for them.
    pub false_positives: &'static str,
    /// The fixture: an English example on which the indicator must fire…
    pub example: &'static str,
    /// …and the expected output: the exact text of the evidence span.
    pub expect: &'static str,
    /// A known false positive that must NOT fire (tested), or `""` where the false positive is
    /// accepted and priced into the weight instead.
    pub benign: &'static str,
}

use Detector::*;
use Family::*;
use Guard::*;
use IloDimension::*;

/// Every indicator, in code order. Weights are log-evidence units: the post risk is
/// `1 − exp(−Σ weight)`, so a weight of 0.7 alone gives a risk of about 0.5.
pub static REGISTRY: &[IndicatorSpec] = &[
    // ---------------------------------------------------------------- sex advertisements
    IndicatorSpec {
        code: "S001",
        name: "stated-age-near-18",
        family: SexAd,
        ilo: None,
        weight: 1.2,
        detector: StatedAge { min: 18, max: 19 },
        reads: ADS,
        guards: &[Negation],
        needs_any: &[],
        what: "An age of 18 or 19 stated in the ad (\"19 yo\", \"just turned 18\", \"tengo 18 años\").",
        why: "Advertisers of minors state the lowest age a site accepts; ads stating 18–19 are over-represented among ads later tied to minors (Polaris; Ibanez & Suthers 2014, 'Detection of domestic human trafficking indicators and movement trends using content available on open internet sources').",
        false_positives: "Adults who really are 18 or 19. The weight is moderate and the indicator never decides alone.",
        example: "Sweet girl, 19 yo, call me",
        expect: "19 yo",
        benign: "10 years of experience, age 35",
    },
    IndicatorSpec {
        code: "S002",
        name: "stated-age-minor",
        family: SexAd,
        ilo: None,
        weight: 3.0,
        detector: StatedAge { min: 12, max: 17 },
        reads: ADS,
        guards: &[Negation],
        needs_any: &[],
        what: "An age under 18 stated in the ad.",
        why: "Any sexual service offered by a person under 18 is exploitation in law (Palermo Protocol, art. 3(c)); such ads need review first.",
        false_positives: "Ages of children mentioned in other contexts (\"my son is 15\") do not match: the patterns need the first person or an age label.",
        example: "Sweet girl, I'm 16 years old, call me",
        expect: "I'm 16 years old",
        benign: "my son is 15 and plays football",
    },
    IndicatorSpec {
        code: "S003",
        name: "youth-cues",
        family: SexAd,
        ilo: None,
        weight: 0.8,
        detector: Patterns,
        reads: ADS,
        guards: &[Negation, Hygiene],
        needs_any: &[],
        what: "Words that advertise youth: \"young\", \"fresh\", \"new to this\", \"barely legal\", \"teen\", school references.",
        why: "Youth cues are among the commonest indicators in ads tied to minors (Ibanez & Suthers 2014; Dubrawski et al. 2015, 'Leveraging publicly available data to discern patterns of human-trafficking activity').",
        false_positives: "Hygiene and freshness (\"always fresh & showered\", \"fresh towels\"), \"young at heart\", negations (\"not new to this\"): \"fresh\" counts only as \"fresh face\", \"fresh new girl\" and the like, and a match next to hygiene words or inside a negation is dropped. A bare \"young\" still fires, hence a weight below 1.",
        example: "Fresh faced and new to this, sweet petite",
        expect: "Fresh faced",
        benign: "Always fresh & showered, young at heart",
    },
    IndicatorSpec {
        code: "S004",
        name: "emoji-codes",
        family: SexAd,
        ilo: None,
        weight: 0.6,
        detector: Patterns,
        reads: ADS,
        guards: &[],
        needs_any: &[],
        what: "Emoji decoded as codes for youth or control — 💗 growing heart (a minor), 🍒 cherry and 🌸 cherry blossom (virginity), 👑 crown (a pimp) — when used as a word: after a modifier and before more words (\"sweet 🍒 available tonight\", \"little 🌸 waiting for u\", \"ask 👑 for the rates\"), or as the subject of a sentence (\"👑 handles my dates\").",
        why: "Whitney, Jennex, Elkins & Frost, 'Don't Want to Get Caught? Don't Say It: The Use of EMOJIS in Online Human Sex Trafficking Ads', Proceedings of HICSS-51, 2018 (doi:10.24251/HICSS.2018.537), decoded these emoji in about 8,000 ads from the keywords they stand in for; an emoji that stands in a sentence where a word would is that code, one in a run of decoration is not.",
        false_positives: "Decoration: on real escort ads 💗 👑 🌸 are everyday ornaments (about a third of all posts): in title runs, at line ends, around names (\"👑 RUBY THE QUEEN 👑\", \"💗 Skye 💗 sweet & sexy\"). Only an emoji used as a word fires.",
        example: "Sweet 🍒 available tonight",
        expect: "🍒",
        benign: "💗 Classy lady 👑 available tonight 🌸",
    },
    IndicatorSpec {
        code: "S005",
        name: "rose-prices",
        family: SexAd,
        ilo: None,
        weight: 0.3,
        detector: Patterns,
        reads: ADS,
        guards: &[Negation],
        needs_any: &[],
        what: "Prices written as roses, donations or 🌹 (\"150 roses\", \"hh 🌹🌹\").",
        why: "Coded pricing shows an organised commercial sex market, not exploitation by itself; it weighs little and is there so that a reviewer sees the price structure.",
        false_positives: "Every commercial ad, independent or not: hence the low weight.",
        example: "150 roses for the hour",
        expect: "150 roses",
        benign: "a bouquet of roses for mother's day",
    },
    IndicatorSpec {
        code: "S006",
        name: "movement",
        family: SexAd,
        ilo: None,
        weight: 0.6,
        detector: Patterns,
        reads: ADS,
        guards: &[Negation],
        needs_any: &[],
        what: "Short stays and arrivals: \"new in town\", \"just arrived\", \"leaving Sunday\", \"only here a few days\", \"on tour\".",
        why: "Moving victims along a circuit keeps them isolated and hides them from police (Polaris 'The Typology of Modern Slavery', 2017; Ibanez & Suthers 2014 track movement as an indicator).",
        false_positives: "Independent workers who tour. Network risk weighs the pace and number of cities, which independents rarely match.",
        example: "Just arrived in Houston, only here a few days, incall and outcall",
        expect: "Just arrived",
        benign: "the package just arrived yesterday",
    },
    IndicatorSpec {
        code: "S007",
        name: "third-party-control",
        family: SexAd,
        ilo: Some(CoercionAtDestination),
        weight: 1.5,
        detector: Patterns,
        reads: ADS,
        guards: &[Negation, Address],
        needs_any: &[],
        what: "Someone else runs the bookings: \"my manager handles bookings\", \"call my daddy\", \"ask for the boss\", \"agency girls\". A term of address to the client (\"hi daddy\", \"ven papi\") is not a third party.",
        why: "A third party who takes the calls and the money is the core of sex trafficking as the law defines it (control of another person; ILO/EC 'coercion at destination').",
        false_positives: "Terms of address to the client (\"Hi daddy\", \"come stop by Daddy\", \"sugar daddy\", \"hola papi\"): a term of address counts only after a possessive (\"my daddy takes the calls\"). Refusals (\"no pimps, no managers\") do not count. Licensed agencies where they are legal; receptionists of massage businesses (\"call reception\") do not match.",
        example: "Serious gentlemen only, my manager handles bookings",
        expect: "my manager handles bookings",
        benign: "Hi daddy, come stop by, no pimps no managers",
    },
    IndicatorSpec {
        code: "S008",
        name: "multiple-people",
        family: SexAd,
        ilo: None,
        weight: 1.0,
        detector: Patterns,
        reads: ADS,
        guards: &[Negation],
        needs_any: &[],
        what: "Two or more people offered together or in turn: \"2 girls\", \"duo\", \"new girls every week\", \"several girls available\".",
        why: "One ad offering several people points to an operator (Dubrawski et al. 2015; the 'multiple women' flag of the Spotlight/Memex research).",
        false_positives: "Couples who advertise together. Spas with several therapists use \"therapists\", not \"girls\".",
        example: "2 girls available now, duo special",
        expect: "2 girls",
        benign: "our two therapists are licensed",
    },
    IndicatorSpec {
        code: "S009",
        name: "restricted-contact",
        family: SexAd,
        ilo: None,
        weight: 0.4,
        detector: Patterns,
        reads: ADS,
        guards: &[],
        needs_any: &[],
        what: "Contact restrictions: \"text only\", \"no private numbers\", \"no blocked calls\", \"no calls\".",
        why: "Screening through text lets a third party answer; restricted contact is a Polaris and Thorn indicator.",
        false_positives: "Independents screen for safety too, hence the low weight.",
        example: "Text only, no private numbers, incall 150 roses",
        expect: "Text only",
        benign: "call or text anytime",
    },
    IndicatorSpec {
        code: "S010",
        name: "incall-hotel",
        family: SexAd,
        ilo: None,
        weight: 0.4,
        detector: Patterns,
        reads: ADS,
        guards: &[Negation],
        needs_any: &[],
        what: "Incall only, in a hotel or motel (\"incall only\", \"hotel near the airport\", \"room number by text\").",
        why: "Trafficked people are often kept in hotel rooms they cannot leave (Polaris 'On-Ramps, Intersections and Exit Routes', 2018).",
        false_positives: "Outcall to hotels by independents: \"outcall to hotels\" does not match.",
        example: "Incall only, hotel near the airport",
        expect: "Incall only",
        benign: "outcall to hotels and homes",
    },
    IndicatorSpec {
        code: "S011",
        name: "always-available",
        family: SexAd,
        ilo: Some(ExploitativeConditions),
        weight: 0.5,
        detector: Patterns,
        reads: ADS,
        guards: &[Negation],
        needs_any: &[],
        what: "Availability around the clock: \"24/7\", \"24 hours\", \"available anytime\".",
        why: "No fixed hours is an ILO/EC 'exploitative conditions' indicator (excessive working hours).",
        false_positives: "Phone lines of businesses (\"24/7 towing\", \"servicio 24 horas\") are not ads of a person and are not read; \"24 hours\" on a spa ad still fires.",
        example: "Available 24/7 for you",
        expect: "24/7",
        benign: "Moving and towing, service 24 hours, fair prices",
    },
    IndicatorSpec {
        code: "S012",
        name: "volume-pricing",
        family: SexAd,
        ilo: None,
        weight: 0.5,
        detector: Patterns,
        reads: ADS,
        guards: &[Negation],
        needs_any: &[],
        what: "Volume and discount pricing: \"specials\", \"2 for 1\", \"discount for regulars\", \"qv 80\". A plain half-hour rate (\"hh 150\") is a price, not a discount.",
        why: "Quick-visit and discount pricing maximises the number of buyers a day, a sign of quotas set by a third party.",
        false_positives: "Ordinary sales language; weight is low.",
        example: "Specials all day, qv 80",
        expect: "Specials",
        benign: "hh 150 / h 250, no discounts",
    },
    IndicatorSpec {
        code: "S013",
        name: "third-person",
        family: SexAd,
        ilo: Some(CoercionAtDestination),
        weight: 0.8,
        detector: Patterns,
        reads: ADS,
        guards: &[],
        needs_any: &[],
        what: "The person advertised is described in the third person: \"she is\", \"she will\", \"her name is\", \"this girl\".",
        why: "An ad written about someone rather than by them is written by someone else (Dubrawski et al. 2015 count third-person language).",
        false_positives: "Reviews and agency profiles. Spas describing therapists use \"our therapists\".",
        example: "She is sweet and she will treat you right, incall only",
        expect: "She is",
        benign: "I am sweet and I will treat you right",
    },
    // ---------------------------------------------------------------- recruitment
    IndicatorSpec {
        code: "J001",
        name: "unrealistic-pay-unskilled",
        family: Recruitment,
        ilo: Some(DeceptiveRecruitment),
        weight: 1.2,
        detector: UnskilledHighPay { threshold: 2500 },
        reads: JOB,
        guards: &[],
        needs_any: &[],
        what: "A pay of 2,500 or more a month (in dollars, euros, pounds, dirhams or riyals) for work that needs no skills or experience (a \"no experience\" cue, J013, or an unskilled job title such as cleaner, housemaid, waitress).",
        why: "Deception about wages is the first ILO/EC indicator of deceptive recruitment; pay far above market for unskilled work is the lure in most cases reported by IOM.",
        false_positives: "Skilled or commission jobs state high pay but ask for skills; the indicator needs both the pay and a \"no experience\" cue. Amounts in weaker currencies (naira, CFA) are not compared.",
        example: "Cleaners needed, no experience required, salary $3,000 per month",
        expect: "$3,000",
        benign: "Warehouse staff, no experience required, salary $1,800 per month",
    },
    IndicatorSpec {
        code: "J002",
        name: "travel-paid-by-recruiter",
        family: Recruitment,
        ilo: Some(DeceptiveRecruitment),
        weight: 0.6,
        detector: Patterns,
        reads: JOB,
        guards: &[Negation],
        needs_any: &[],
        what: "Visa, flight, ticket or accommodation abroad paid or \"provided\" by the recruiter.",
        why: "A recruiter who pays travel creates a debt and controls the journey (ILO/EC: deceptive recruitment; debt bondage under coercion).",
        false_positives: "Real employers relocating staff; alone it weighs little. Escort ads (\"travel provided for overnights\") are not job offers and are not read.",
        example: "Visa and flight ticket provided by the agency",
        expect: "Visa and flight ticket provided",
        benign: "Travel provided for overnights, 500 roses, incall and outcall",
    },
    IndicatorSpec {
        code: "J003",
        name: "fees-deducted-from-wages",
        family: Recruitment,
        ilo: Some(CoercionAtDestination),
        weight: 1.5,
        detector: Patterns,
        reads: JOB,
        guards: &[Negation],
        needs_any: &[],
        what: "Recruitment fees or travel costs repaid from wages later, or a fee asked up front.",
        why: "Debt bondage: 'deduction from wages' and 'debt' are strong ILO/EC indicators of coercion; ILO Convention 181 art. 7 forbids charging workers recruitment fees.",
        false_positives: "Tax and pension deductions do not match.",
        example: "All fees will be deducted from your salary",
        expect: "deducted from your salary",
        benign: "tax and pension are deducted as normal",
    },
    IndicatorSpec {
        code: "J004",
        name: "document-retention",
        family: Recruitment,
        ilo: Some(CoercionAtDestination),
        weight: 2.0,
        detector: Patterns,
        reads: JOB,
        guards: &[Negation],
        needs_any: &[],
        what: "Passports or identity documents held by the employer or agency (\"kept safe\", \"hand over your passport\").",
        why: "Confiscation of identity documents is a strong ILO/EC indicator of coercion at destination and an offence in many countries.",
        false_positives: "\"Bring your passport to the interview\" does not match.",
        example: "Your passport will be kept safe by the agency",
        expect: "passport will be kept safe",
        benign: "bring your passport to the interview",
    },
    IndicatorSpec {
        code: "J005",
        name: "no-identifiable-employer",
        family: Recruitment,
        ilo: Some(DeceptiveRecruitment),
        weight: 0.4,
        detector: Patterns,
        reads: JOB,
        guards: &[Negation],
        needs_any: &[],
        what: "The employer is not named: \"a reputable company\", \"our client\", \"a big hotel in Dubai\".",
        why: "Deception about the employer is an ILO/EC deceptive-recruitment indicator; a real employer names itself.",
        false_positives: "Staffing agencies and headhunters write \"our client\" for honest roles: the weight is low. Escorts' \"our clients\" is not read (not a job offer).",
        example: "A reputable company is hiring girls",
        expect: "A reputable company",
        benign: "Our clients love me, incall and outcall, 200 roses",
    },
    IndicatorSpec {
        code: "J006",
        name: "gender-age-appearance-requirement",
        family: Recruitment,
        ilo: Some(RecruitmentByAbuseOfVulnerability),
        weight: 0.8,
        detector: Patterns,
        reads: JOB,
        guards: &[Negation],
        needs_any: &[],
        what: "Only young women, a narrow age band, or looks required (\"ladies only\", \"age 18-25\", \"must be beautiful\", \"slim\").",
        why: "Sexual exploitation behind a job offer recruits by gender, youth and looks (UNODC Global Report on Trafficking in Persons 2020, recruitment for 'hostess' and 'model' jobs).",
        false_positives: "An escort describing herself (\"sexy body\", \"pretty face\", \"very pretty\"): read only in job offers. Refusals of clients (\"no black men\") match nothing. Ads for roles legally restricted by sex (e.g. female carers) state gender without looks or age bands.",
        example: "Hiring young ladies only, age 18-25",
        expect: "Hiring young ladies",
        benign: "Sexy body, pretty face, incall and outcall, 150 roses",
    },
    IndicatorSpec {
        code: "J007",
        name: "photo-requested",
        family: Recruitment,
        ilo: Some(RecruitmentByAbuseOfVulnerability),
        weight: 0.6,
        detector: Patterns,
        reads: JOB,
        guards: &[Negation],
        needs_any: &[],
        what: "Applicants asked to send photos (\"send your photo\", \"full body picture\").",
        why: "A photo selects by looks, which unskilled work does not need (UNODC 2020; IOM counter-trafficking guidance).",
        false_positives: "\"I don't send pics\", \"do not ask to send pics\" (a refusal, in escort ads): negations are dropped and only job offers are read. CV photos are customary in some countries: \"CV with photo\" still fires; the weight is low.",
        example: "Hostesses wanted, send your full body photo on WhatsApp",
        expect: "send your full body photo",
        benign: "I don't send pics, do not ask to send pics, incall 150 roses",
    },
    IndicatorSpec {
        code: "J008",
        name: "work-abroad",
        family: Recruitment,
        ilo: Some(DeceptiveRecruitment),
        weight: 0.4,
        detector: Patterns,
        reads: JOB,
        guards: &[Negation],
        needs_any: &[],
        what: "The job is abroad (\"work in Dubai\", \"jobs in Europe\", \"travel abroad\").",
        why: "Cross-border recruitment is where deceptive recruitment concentrates (IOM CTDC data). The destination itself is not suspicious, only a context that raises the weight of the other cues; nationality is never a factor.",
        false_positives: "Every licensed overseas employment agency; alone it weighs little. Touring escorts (\"travel to London next week\") are not read.",
        example: "Work in Dubai as a hotel cleaner",
        expect: "Work in Dubai",
        benign: "Travel to London next week, incall, 300 roses",
    },
    IndicatorSpec {
        code: "J009",
        name: "messaging-app-only",
        family: Recruitment,
        ilo: Some(DeceptiveRecruitment),
        weight: 0.5,
        detector: Patterns,
        reads: JOB,
        guards: &[],
        needs_any: &[],
        what: "Contact only through a messaging app (\"WhatsApp only\", \"inbox only\", \"contact on Telegram\").",
        why: "A recruiter with no office, address or landline is hard to trace and to hold to its promises.",
        false_positives: "Small businesses recruit on WhatsApp too; alone it weighs little. Escort ads (\"WhatsApp only\") are not read.",
        example: "Drivers wanted, contact us on WhatsApp only",
        expect: "contact us on WhatsApp",
        benign: "WhatsApp only, incall 24/7, 150 roses hh",
    },
    IndicatorSpec {
        code: "J010",
        name: "foreign-contact-number",
        family: Recruitment,
        ilo: Some(DeceptiveRecruitment),
        weight: 0.5,
        detector: ForeignNumber,
        reads: JOB,
        guards: &[],
        needs_any: &[],
        what: "A phone number whose country calling code differs from the country the post was published for (`region`).",
        why: "Recruiters for overseas jobs often sit at the destination and reach victims by foreign WhatsApp numbers (IOM; Europol EMPACT THB reports).",
        false_positives: "Diaspora businesses; international firms. Needs the post's region; without it the indicator is silent.",
        example: "",
        expect: "",
        benign: "",
    },
    IndicatorSpec {
        code: "J011",
        name: "urgency",
        family: Recruitment,
        ilo: Some(RecruitmentByAbuseOfVulnerability),
        weight: 0.3,
        detector: Patterns,
        reads: JOB,
        guards: &[Negation],
        needs_any: &[],
        what: "Pressure to decide fast: \"urgent\", \"limited places\", \"departure next week\".",
        why: "Urgency keeps applicants from checking the offer (IOM awareness campaigns list it first).",
        false_positives: "Ordinary hiring uses \"urgent\" a lot; lowest weight. Escort ads are not read.",
        example: "Urgent recruitment, limited places",
        expect: "Urgent",
        benign: "Urgent? Text me, incall and outcall, 200 roses",
    },
    IndicatorSpec {
        code: "J012",
        name: "no-documents-needed",
        family: Recruitment,
        ilo: Some(RecruitmentByAbuseOfVulnerability),
        weight: 0.8,
        detector: Patterns,
        reads: JOB,
        guards: &[Negation],
        needs_any: &[],
        what: "No papers, passport or work permit needed (\"no papers required\", \"sans papiers\").",
        why: "Targets people without legal status, whose vulnerability an exploiter uses (ILO/EC: abuse of vulnerability: irregular status).",
        false_positives: "Refusals (\"no work without papers\") do not count. Charities offering help to undocumented people, when they name no job, still match: the weight stays below 1.",
        example: "Factory workers needed, no papers needed, we arrange everything",
        expect: "no papers needed",
        benign: "We hire legally, no work without papers",
    },
    IndicatorSpec {
        code: "J013",
        name: "no-skills-required",
        family: Recruitment,
        ilo: None,
        weight: 0.2,
        detector: Patterns,
        reads: JOB,
        guards: &[],
        needs_any: &[],
        what: "No experience, skills or education needed.",
        why: "Context for J001; common in honest ads too, hence the lowest weight.",
        false_positives: "Entry-level jobs everywhere. Escort ads (\"no experience, I will guide you\") are not read.",
        example: "Cleaners wanted, no experience required",
        expect: "no experience required",
        benign: "No experience? No worries, I will guide you, incall 150 roses",
    },
    // ---------------------------------------------------------------- network
    IndicatorSpec {
        code: "N001",
        name: "several-people-one-contact",
        family: Network,
        ilo: Some(CoercionAtDestination),
        weight: 1.0,
        detector: Computed,
        reads: ANY,
        guards: &[],
        needs_any: &[],
        what: "One contact advertises several distinct people: weight × ln(persons), halved when the posts carry no evidence of their own, halved again for a fixed place (one city, at most two numbers).",
        why: "One phone for many people is an operator's phone (Dubrawski et al. 2015; Kejriwal & Szekely 2017, 'An investigative search engine for the human trafficking domain').",
        false_positives: "Licensed agencies and spas: one address and one number, hence the fixed-place halving.",
        example: "",
        expect: "",
        benign: "",
    },
    IndicatorSpec {
        code: "N002",
        name: "fast-circuit",
        family: Network,
        ilo: Some(CoercionAtDestination),
        weight: 0.5,
        detector: Computed,
        reads: ANY,
        guards: &[],
        needs_any: &[],
        what: "Several cities in a short time: each city beyond the second reached within 30 days of the previous city adds the weight (capped at 4).",
        why: "Circuits move victims fast to isolate them (Ibanez & Suthers 2014 map such movement).",
        false_positives: "Touring independents move slower and fewer cities.",
        example: "",
        expect: "",
        benign: "",
    },
    IndicatorSpec {
        code: "N003",
        name: "rotated-numbers",
        family: Network,
        ilo: None,
        weight: 0.4,
        detector: Computed,
        reads: ANY,
        guards: &[],
        needs_any: &[],
        what: "Several distinct phone numbers in one network (weight × ln(phones), from 2 phones).",
        why: "Operators rotate burner numbers to evade blocking and linking.",
        false_positives: "A person who changed number once.",
        example: "",
        expect: "",
        benign: "",
    },
    IndicatorSpec {
        code: "N004",
        name: "young-stated-ages",
        family: Network,
        ilo: None,
        weight: 0.8,
        detector: Computed,
        reads: ANY,
        guards: &[],
        needs_any: &[],
        what: "Stated ages of 19 or less, or more than two different stated ages, across the network.",
        why: "Several ages mean several people; low ages as for S001.",
        false_positives: "An independent who updates her age each year gives two ages.",
        example: "",
        expect: "",
        benign: "",
    },
    IndicatorSpec {
        code: "N005",
        name: "high-volume",
        family: Network,
        ilo: Some(ExploitativeConditions),
        weight: 0.3,
        detector: Computed,
        reads: ANY,
        guards: &[],
        needs_any: &[],
        what: "Posting volume: weight × log2(posts per active day), from 2 a day, capped at 8 a day (volume alone is weak evidence).",
        why: "Posting many ads a day needs an operator, and sells more buyers a day than one person chooses.",
        false_positives: "Bumping services used by independents.",
        example: "",
        expect: "",
        benign: "",
    },
    IndicatorSpec {
        code: "N006",
        name: "shared-template",
        family: Network,
        ilo: None,
        weight: 0.7,
        detector: Computed,
        reads: ANY,
        guards: &[],
        needs_any: &[],
        what: "One ad template used for two or more distinct people: weight × log2(people), capped at 8 people, halved for a fixed place (one city, at most two numbers).",
        why: "A template reused across people is written by one hand for all of them (Li et al. 2018, 'Detection and characterization of human trafficking networks using unsupervised scalable text template matching').",
        false_positives: "Agency boilerplate; spas.",
        example: "",
        expect: "",
        benign: "",
    },
    IndicatorSpec {
        code: "N007",
        name: "post-evidence",
        family: Network,
        ilo: None,
        weight: 1.0,
        detector: Computed,
        reads: ANY,
        guards: &[],
        needs_any: &[],
        what: "The posts' own evidence, ln(1 + x) of the strongest post's evidence sum plus a quarter of the evidence of indicators that other posts add (concave, so wording alone cannot outrank what a network shows).",
        why: "A network is at least as risky as its riskiest post; indicators spread across posts add up.",
        false_positives: "As for each post indicator.",
        example: "",
        expect: "",
        benign: "",
    },
];

/// The spec of a code, if the registry has it.
pub fn spec(code: &str) -> Option<&'static IndicatorSpec> {
    REGISTRY.iter().find(|s| s.code == code)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    #[test]
    fn codes_are_unique_sorted_and_well_formed() {
        let mut seen = BTreeSet::new();
        let mut prev = "";
        for s in REGISTRY {
            assert!(seen.insert(s.code), "duplicate code {}", s.code);
            assert_eq!(s.code.len(), 4, "{}", s.code);
            let fam = match s.family {
                Family::SexAd => 'S',
                Family::Recruitment => 'J',
                Family::Network => 'N',
            };
            assert!(s.code.starts_with(fam), "{} in wrong family", s.code);
            assert!(s.weight > 0.0 && s.weight.is_finite());
            assert!(!s.what.is_empty() && !s.why.is_empty() && !s.false_positives.is_empty());
            // Sorted within a family letter.
            if prev.as_bytes().first() == s.code.as_bytes().first() {
                assert!(prev < s.code, "{prev} before {}", s.code);
            }
            prev = s.code;
            if !s.example.is_empty() {
                assert!(
                    s.example.contains(s.expect),
                    "{}: expect not in example",
                    s.code
                );
            }
            // Every text indicator documents a known false positive it does not fire on.
            if matches!(
                s.detector,
                Detector::Patterns | Detector::StatedAge { .. } | Detector::UnskilledHighPay { .. }
            ) {
                assert!(
                    !s.benign.is_empty(),
                    "{} has no known false positive",
                    s.code
                );
            }
            assert!(!s.reads.is_empty(), "{} reads no post type", s.code);
            for c in s.needs_any {
                assert!(spec(c).is_some(), "{}: needs unknown {c}", s.code);
            }
        }
    }

    #[test]
    fn lookup_works() {
        assert_eq!(spec("S007").map(|s| s.name), Some("third-party-control"));
        assert!(spec("X999").is_none());
    }
}

/// Destinations the `J008` patterns name, with the ISO 3166-1 alpha-2 countries they stand for.
/// A needle is matched, lower-cased, inside the matched words; regions ("europe", "the gulf")
/// list every country they cover.
const DESTINATIONS: &[(&str, &[&str])] = &[
    ("dubai", &["AE"]),
    ("doubaï", &["AE"]),
    ("abu dhabi", &["AE"]),
    ("emirat", &["AE"]),
    ("دبي", &["AE"]),
    ("الامارات", &["AE"]),
    ("qatar", &["QA"]),
    ("doha", &["QA"]),
    ("قطر", &["QA"]),
    ("الدوحه", &["QA"]),
    ("saudi", &["SA"]),
    ("arabi", &["SA"]),
    ("riyadh", &["SA"]),
    ("jeddah", &["SA"]),
    ("السعوديه", &["SA"]),
    ("الرياض", &["SA"]),
    ("kuwait", &["KW"]),
    ("koweit", &["KW"]),
    ("الكويت", &["KW"]),
    ("oman", &["OM"]),
    ("muscat", &["OM"]),
    ("bahrain", &["BH"]),
    ("البحرين", &["BH"]),
    ("lebanon", &["LB"]),
    ("liban", &["LB"]),
    ("beirut", &["LB"]),
    ("لبنان", &["LB"]),
    ("jordan", &["JO"]),
    ("libya", &["LY"]),
    ("canada", &["CA"]),
    ("usa", &["US"]),
    ("america", &["US"]),
    ("estados unidos", &["US"]),
    ("eeuu", &["US"]),
    ("eua", &["US"]),
    ("london", &["GB"]),
    ("uk", &["GB"]),
    ("ital", &["IT"]),
    ("spain", &["ES"]),
    ("espa", &["ES"]),
    ("german", &["DE"]),
    ("alemania", &["DE"]),
    ("allemagne", &["DE"]),
    ("alemanha", &["DE"]),
    ("france", &["FR"]),
    ("francia", &["FR"]),
    ("franca", &["FR"]),
    ("belgique", &["BE"]),
    ("portugal", &["PT"]),
    ("suica", &["CH"]),
    ("turkey", &["TR"]),
    ("turqu", &["TR"]),
    ("istanbul", &["TR"]),
    ("russia", &["RU"]),
    ("russie", &["RU"]),
    ("rusia", &["RU"]),
    ("moscow", &["RU"]),
    ("china", &["CN"]),
    ("malaysia", &["MY"]),
    ("thailand", &["TH"]),
    ("japon", &["JP"]),
    ("japao", &["JP"]),
    ("angola", &["AO"]),
    ("gulf", &["AE", "QA", "SA", "KW", "OM", "BH"]),
    (
        "europ",
        &[
            "AT", "BE", "BG", "CH", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GB", "GR",
            "HR", "HU", "IE", "IT", "LT", "LU", "LV", "MT", "NL", "NO", "PL", "PT", "RO", "SE",
            "SI", "SK",
        ],
    ),
];

/// Words that say "abroad" whatever the post's place (`J008` then always stands).
const ABROAD: &[&str] = &[
    "abroad",
    "overseas",
    "extranjero",
    "etranger",
    "étranger",
    "exterior",
    "الخارج",
];

/// Whether a `J008` match names the post's own country or city: an employer in Dubai hiring "to
/// work in Dubai" recruits locally, which is not the cross-border context `J008` stands for.
///
/// `matched` is the text the pattern matched; `region` the post's validated region;
/// `location` its free-text place. Unknown destinations and words like "abroad" are never local.
pub(crate) fn destination_is_local(
    matched: &str,
    region: Option<plainsight_core::Region>,
    location: Option<&str>,
) -> bool {
    let matched = matched.to_lowercase();
    if ABROAD.iter().any(|w| matched.contains(w)) {
        return false;
    }
    let location = location.map(str::to_lowercase);
    DESTINATIONS
        .iter()
        .filter(|(needle, _)| contains_word_start(&matched, needle))
        .any(|(needle, countries)| {
            let same_country = region
                .is_some_and(|r| countries.iter().any(|c| c.eq_ignore_ascii_case(r.as_str())));
            let same_place = location
                .as_deref()
                .is_some_and(|l| contains_word_start(l, needle));
            same_country || same_place
        })
}

/// `needle` occurs in `hay` at the start of a word (so "uk" is not found in "bukhara").
fn contains_word_start(hay: &str, needle: &str) -> bool {
    hay.match_indices(needle).any(|(i, _)| {
        hay[..i]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric())
    })
}

#[cfg(test)]
mod destination_tests {
    use super::destination_is_local;
    use plainsight_core::Region;

    fn r(code: &str) -> Option<Region> {
        Some(Region::parse(code).unwrap())
    }

    #[test]
    fn local_hiring_is_not_abroad() {
        assert!(destination_is_local("work in Dubai", r("AE"), None));
        assert!(destination_is_local(
            "jobs in Dubai",
            None,
            Some("Dubai, UAE")
        ));
        assert!(destination_is_local("trabajo en España", r("es"), None));
        assert!(destination_is_local("jobs in Europe", r("DE"), None));
    }

    #[test]
    fn foreign_or_unknown_destinations_stay() {
        assert!(!destination_is_local(
            "work in Dubai",
            r("KE"),
            Some("Nairobi")
        ));
        assert!(!destination_is_local("work in Dubai", None, None));
        assert!(!destination_is_local("jobs abroad", r("AE"), Some("Dubai")));
        assert!(!destination_is_local(
            "work in the UK",
            r("PH"),
            Some("Bukhara")
        ));
    }
}

/// [`destination_is_local`] for a `J008` hit of `post` (the hit's span in its field).
pub(crate) fn j008_is_local(
    post: &plainsight_core::Post,
    hit: &plainsight_core::IndicatorHit,
) -> bool {
    post.text_fields()
        .find(|(f, _)| *f == hit.field)
        .and_then(|(_, text)| text.get(hit.start..hit.end))
        .is_some_and(|m| destination_is_local(m, post.region_hint(), post.location.as_deref()))
}
