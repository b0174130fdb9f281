//! The poster's account on the site a post was taken from (the record's `author`).

use crate::{link_all, own_text, post};
use plainsight_core::{Post, Selector};

fn by(i: usize, site: &str, author: &str, phones: &[&str]) -> (Post, Vec<Selector>) {
    let text = own_text(i);
    let parts: Vec<&str> = text.iter().map(String::as_str).collect();
    let (mut p, s) = post(&format!("p{i:02}"), &parts, phones);
    p.site = Some(site.into());
    p.author = Some(author.into());
    (p, s)
}

fn same(l: &plainsight_link::Linking, a: usize, b: usize) -> bool {
    l.network_of(a) == l.network_of(b)
}

#[test]
fn posts_of_one_account_join_though_they_share_nothing_else() {
    let posts = vec![
        by(0, "listhub.example", "u1234567", &["+17135550101"]),
        by(1, "listhub.example", "u1234567", &[]),
        by(2, "listhub.example", " u1234567 ", &[]),
        by(3, "listhub.example", "u7654321", &[]),
    ];
    let l = link_all(&posts);
    assert!(same(&l, 0, 1) && same(&l, 1, 2), "one account, one network");
    assert!(!same(&l, 0, 3), "another account is another poster");
    let kinds: Vec<&str> = l
        .networks
        .iter()
        .flat_map(|n| n.evidence.iter().map(|e| e.kind.as_str()))
        .collect();
    assert!(kinds.contains(&"shared_account"), "{kinds:?}");
}

#[test]
fn one_account_id_on_two_sites_is_two_accounts() {
    let posts = vec![
        by(0, "listhub.example", "u1234567", &[]),
        by(1, "adsnow.example", "u1234567", &[]),
    ];
    let l = link_all(&posts);
    assert!(!same(&l, 0, 1));
}

#[test]
fn one_account_joins_the_numbers_it_rotates_through() {
    // One account on a job board giving four pairs of numbers in turn (a visa agent's
    // WhatsApp and call lines): more company than one person's contact, so the account does
    // not make its posts one poster by itself, and it spans four. Strangers with an account
    // and a number each around it; every post with the board's support line in its footer.
    let footer = "+233302285100";
    let lines = [
        ["+233544036826", "+233205586265"],
        ["+34661550079", "+34661550080"],
        ["+233591874446", "+233591874447"],
        ["+233244410101", "+233244410102"],
    ];
    let mut posts = Vec::new();
    for (k, pair) in lines.iter().enumerate() {
        for j in 0..2 {
            let phones = [pair[0], pair[1], footer];
            posts.push(by(2 * k + j, "ghjobs.example", "gh-779258", &phones));
        }
    }
    let n = 2 * lines.len();
    for i in n..n + 30 {
        let phone = format!("+23355400{i:04}");
        let account = format!("gh-1000{i:02}");
        posts.push(by(i, "ghjobs.example", &account, &[&phone, footer]));
    }
    let l = link_all(&posts);
    assert!(
        (1..n).all(|i| same(&l, 0, i)),
        "the account's numbers split"
    );
    assert!((n..n + 30).all(|i| !same(&l, 0, i)), "a stranger joined");
}

#[test]
fn a_placeholder_account_of_many_posters_does_not_merge_them() {
    // A site that shows "anonymous" for every poster without an account: thirty posters,
    // each with a number of their own.
    let phones: Vec<String> = (0..30)
        .map(|i| format!("+1713555{:04}", 2000 + i))
        .collect();
    let posts: Vec<_> = (0..30)
        .map(|i| by(i, "listhub.example", "anonymous", &[phones[i].as_str()]))
        .collect();
    let l = link_all(&posts);
    assert_eq!(l.network_count(), 30, "the placeholder merged posters");
}

#[test]
fn a_shared_booking_line_beside_one_account_per_persona_stays_the_operators() {
    // An operator with four personas, an account each, their own numbers, and one booking
    // line on some posts of every persona: one network (the accounts are not the line's
    // company, so it is not read as a footer).
    let booking = "+17135559999";
    let mut posts = Vec::new();
    for persona in 0..4 {
        let own = format!("+1713555{:04}", 3000 + persona);
        let account = format!("u90000{persona}");
        for k in 0..3 {
            let i = persona * 3 + k;
            let phones: Vec<&str> = if k == 0 {
                vec![own.as_str(), booking]
            } else {
                vec![own.as_str()]
            };
            posts.push(by(i, "listhub.example", &account, &phones));
        }
    }
    let l = link_all(&posts);
    assert_eq!(l.network_count(), 1, "the operator split");
}

#[test]
fn a_display_name_is_no_account() {
    // A group shows who posted by the name people chose: two strangers called "Blessing 🙏",
    // two called "Joy" (a first name alone), each with a number of their own.
    let posts = vec![
        by(0, "groups.example", "Blessing 🙏", &["+2348031110001"]),
        by(1, "groups.example", "Blessing 🙏", &["+2348031110002"]),
        by(2, "groups.example", "Joy", &["+2348031110003"]),
        by(3, "groups.example", "Joy", &["+2348031110004"]),
        by(4, "groups.example", "Mary K.", &["+2348031110005"]),
        by(5, "groups.example", "Mary K.", &["+2348031110006"]),
    ];
    let l = link_all(&posts);
    assert_eq!(l.network_count(), 6, "a display name merged strangers");
}

#[test]
fn every_author_of_a_site_that_shows_display_names_is_a_name() {
    // Most authors of the site read as display names; "Yuleisy" (a name no list holds) is
    // then one too, and two operations' personas of that name stay apart.
    let mut posts = Vec::new();
    for (i, name) in [
        "Faith 💕",
        "Krishna O.",
        "José M.",
        "Esther ❤️",
        "Ama Official",
    ]
    .iter()
    .enumerate()
    {
        posts.push(by(
            i,
            "groups.example",
            name,
            &[&format!("+3933311100{i:02}")],
        ));
    }
    posts.push(by(10, "groups.example", "Yuleisy", &["+34611000010"]));
    posts.push(by(11, "groups.example", "Yuleisy", &["+34611000011"]));
    let l = link_all(&posts);
    assert!(
        !same(&l, 5, 6),
        "a site's display name merged two operations"
    );
    // On a site of account ids, the same author is one account.
    let posts = vec![
        by(0, "listhub.example", "Yuleisy", &["+34611000010"]),
        by(1, "listhub.example", "Yuleisy", &[]),
        by(2, "listhub.example", "u7654321", &[]),
        by(3, "listhub.example", "u7654322", &[]),
        by(4, "listhub.example", "u7654323", &[]),
        by(5, "listhub.example", "u7654324", &[]),
    ];
    let l = link_all(&posts);
    assert!(same(&l, 0, 1));
}

#[test]
fn a_greeting_under_two_display_names_is_two_people() {
    // Contactless posts of a groups site: the same greeting by Suresh K., Karim O. and
    // Peter 💕 is passed around by three people; two posts by one name may be one.
    let text = [
        "Good morning my people, God bless you all and your families",
        "have a blessed and peaceful day, stay safe and remember to pray",
    ];
    let mut posts = Vec::new();
    for (i, name) in ["Suresh K.", "Karim O.", "Peter 💕", "Suresh K."]
        .iter()
        .enumerate()
    {
        let (mut p, s) = post(&format!("g{i}"), &text, &[]);
        p.site = Some("groups.example".into());
        p.author = Some((*name).into());
        posts.push((p, s));
    }
    let l = link_all(&posts);
    assert!(
        !same(&l, 0, 1) && !same(&l, 0, 2) && !same(&l, 1, 2),
        "strangers joined"
    );
    assert!(same(&l, 0, 3), "one name's two posts of one greeting");
}

/// A review board's replies quote the number of whom they review: one reviewer's posts about
/// two advertisers are the reviewer's, and do not make the advertisers one network.
#[test]
fn a_reviewer_quoting_two_advertisers_does_not_join_them() {
    let ad = |i: usize, phone: &str| by(i, "ads.example", &format!("adv{i}"), &[phone]);
    let review = |i: usize, phone: &str| {
        let (mut p, s) = by(i, "reviewboard.example", "Oldjoe18", &[phone]);
        p.url = Some(format!(
            "https://reviewboard.example/forum/la/thread-78676{i:02}"
        ));
        (p, s)
    };
    let posts = vec![
        ad(0, "+12135550101"),
        ad(1, "+12135550101"),
        ad(2, "+12135550177"),
        ad(3, "+12135550177"),
        review(4, "+12135550101"),
        review(5, "+12135550177"),
    ];
    let l = link_all(&posts);
    assert!(same(&l, 0, 1) && same(&l, 2, 3), "each advertiser's number");
    assert!(same(&l, 4, 5), "one reviewer's account");
    assert!(!same(&l, 0, 2), "two advertisers");
    assert!(
        !same(&l, 0, 4) && !same(&l, 2, 5),
        "the reviewer is not the advertiser"
    );
}
