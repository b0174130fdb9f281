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
