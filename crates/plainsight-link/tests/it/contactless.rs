//! Posts with no contact: how they join the identity that wrote them, and when they must not.

use crate::{link_all, post, word};
use plainsight_core::{Field, Post, Selector, SelectorKind};

/// Filler of `k` words unique to (`who`, `post`): no two posts share a shingle through it.
fn filler(who: usize, post: usize, k: usize) -> String {
    (0..k)
        .map(|j| word(100_000 + who * 10_000 + post * 100 + j))
        .collect::<Vec<_>>()
        .join(" ")
}

fn at(p: &mut (Post, Vec<Selector>), city: &str, day: u32) {
    p.0.location = Some(city.into());
    p.0.posted_at = Some(format!("2025-03-{day:02}T12:00:00Z"));
}

/// An escort operator's signed posts: the persona's name, its phone, its own filler words.
fn operator(
    who: usize,
    name: &str,
    phone: &str,
    city: &str,
    days: &[u32],
) -> Vec<(Post, Vec<Selector>)> {
    days.iter()
        .enumerate()
        .map(|(k, &d)| {
            let text = format!("hi gentlemen my name is {name} {}", filler(who, k, 8));
            let mut p = post(&format!("o{who}-{k}"), &[text.as_str()], &[phone]);
            at(&mut p, city, d);
            p
        })
        .collect()
}

fn unsigned(id: &str, name: &str, city: &str, day: u32, who: usize) -> (Post, Vec<Selector>) {
    let text = format!("hi gentlemen my name is {name} {}", filler(who, 50, 8));
    let mut p = post(id, &[text.as_str()], &[]);
    at(&mut p, city, day);
    p
}

fn same(l: &plainsight_link::Linking, a: usize, b: usize) -> bool {
    l.network_of(a) == l.network_of(b)
}

#[test]
fn a_contactless_post_joins_the_one_identity_advertising_its_name_there_and_then() {
    let mut posts = operator(1, "Leila", "+13105550101", "Los Angeles, CA", &[3, 5, 8]);
    posts.extend(operator(
        2,
        "Jade",
        "+13105550102",
        "Los Angeles, CA",
        &[4, 6],
    ));
    posts.extend(operator(3, "Leila", "+17135550103", "Houston, TX", &[4, 6]));
    let first = posts.len();
    // Same name, same city (written another way), four days after: operator 1's persona.
    posts.push(unsigned("x1", "Leila", "los angeles ca", 9, 9));
    // Same name, a month later: nobody's evidence.
    posts.push(unsigned("x2", "Leila", "Los Angeles", 28, 10));
    // A name nobody advertised in that city.
    posts.push(unsigned("x3", "Maya", "Los Angeles, CA", 5, 11));
    let l = link_all(&posts);
    assert!(same(&l, first, 0), "the persona's post did not join");
    assert!(!same(&l, first + 1, 0), "a month later is no evidence");
    assert!(!same(&l, first + 2, 0) && !same(&l, first + 2, 3));
    assert!(!same(&l, 0, 3) && !same(&l, 0, 5), "identities merged");
    let net = l
        .networks
        .iter()
        .find(|n| n.posts.iter().any(|p| p.id == "x1"))
        .unwrap();
    assert!(
        net.evidence.iter().any(|e| e.kind == "shared_persona"),
        "{:?}",
        net.evidence
    );
}

#[test]
fn two_identities_advertising_one_name_in_one_city_leave_the_post_alone() {
    let mut posts = operator(1, "Mia", "+13105550201", "Houston, TX", &[3, 5]);
    posts.extend(operator(2, "Mia", "+13105550202", "Houston", &[4, 6]));
    let first = posts.len();
    posts.push(unsigned("x1", "Mia", "Houston, Texas", 5, 9));
    let l = link_all(&posts);
    assert!(
        !same(&l, first, 0) && !same(&l, first, 2),
        "ambiguous persona joined"
    );
    assert!(!same(&l, 0, 2));
}

#[test]
fn a_one_off_page_link_does_not_make_a_post_an_identity() {
    // An employer's signed posts and one of its ads with only a one-off short link (a page on
    // a shortener, no contact): its own wording joins it to the employer.
    let about = "evergreen builders has served atlanta since the founding with loyal employees";
    let mut posts = Vec::new();
    for i in 0..4 {
        let text = format!("{about} {}", filler(1, i, 6));
        posts.push(post(&format!("e{i}"), &[text.as_str()], &["+14705550111"]));
    }
    let text = format!("{about} {}", filler(1, 9, 6));
    let (mut p, _) = post("short", &[text.as_str()], &[]);
    let body = p.body.clone().unwrap();
    let link = "tinyurl.com/SoNz2sWx";
    p.body = Some(format!("{body} {link}"));
    let sel = Selector::new(
        SelectorKind::Url,
        link,
        Field::Body,
        body.len() + 1,
        body.len() + 1 + link.len(),
        link,
    );
    posts.push((p, vec![sel]));
    let l = link_all(&posts);
    assert!(same(&l, 4, 0), "the short link kept the post apart");
}

#[test]
fn wording_every_contactless_post_uses_is_nobodys_own() {
    // Recruiters of one language: each signs its posts with its own number and agency name;
    // their unsigned posts all end with the same call to action. One unsigned post joins its
    // agency by the agency's name; the others, stock wording and the call only, join nobody,
    // even though the call reached that agency through its unsigned post.
    let cta = "comment interested below and i will message you";
    let mut posts = Vec::new();
    for r in 0..3 {
        for k in 0..3 {
            let text = format!(
                "{} agency {} {}",
                word(9000 + r),
                filler(r, 0, 20),
                filler(r, k + 1, 3)
            );
            posts.push(post(
                &format!("r{r}-{k}"),
                &[text.as_str()],
                &[&format!("+23480355501{r}1")],
            ));
        }
    }
    // Agency 0's unsigned post: its agency name and paragraph (a near-duplicate of its signed
    // posts, so text joins it there first), and the call.
    let text = format!("{} agency {} {cta}", word(9000), filler(0, 0, 20));
    posts.push(post("u0", &[text.as_str()], &[]));
    let first_other = posts.len();
    for i in 0..4 {
        let text = format!("{} {cta}", filler(20 + i, 0, 6));
        posts.push(post(&format!("u{}", i + 1), &[text.as_str()], &[]));
    }
    let l = link_all(&posts);
    assert!(
        same(&l, 9, 0),
        "the agency's own unsigned post did not join"
    );
    for i in first_other..posts.len() {
        for r in 0..3 {
            assert!(
                !same(&l, i, r * 3),
                "stock call joined post {i} to agency {r}"
            );
        }
    }
}

#[test]
fn own_wording_joins_only_where_the_identity_advertised() {
    // An identity's own sentences (nobody else's with a contact); a contact-less post carrying
    // them in its city joins it, the same sentences in a city it never advertised in do not.
    let own = "the velvet room welcomes you with candles and soft jazz every evening";
    let mut posts = Vec::new();
    for i in 0..3 {
        let text = format!("{own} {}", filler(1, i, 6));
        let mut p = post(&format!("v{i}"), &[text.as_str()], &["+13105550301"]);
        at(&mut p, "Houston, TX", 3 + i as u32);
        posts.push(p);
    }
    let here = posts.len();
    let text = format!("{own} {}", filler(2, 0, 6));
    let mut p = post("here", &[text.as_str()], &[]);
    at(&mut p, "Houston", 9);
    posts.push(p);
    let text = format!("{own} {}", filler(3, 0, 6));
    let mut p = post("elsewhere", &[text.as_str()], &[]);
    at(&mut p, "Denver, CO", 9);
    posts.push(p);
    let l = link_all(&posts);
    assert!(
        same(&l, here, 0),
        "the post in the identity's city did not join"
    );
    assert!(
        !same(&l, here + 1, 0),
        "a post in another city joined by wording alone"
    );
}

/// Private sellers write the same stock sentences ("Selling my … Message me here."): two posts
/// without a contact that share that wording and little else do not join across cities, while
/// the same seller's near-duplicate reposts in one city still do.
#[test]
fn stock_wording_without_a_contact_does_not_join_across_cities() {
    let stock = "selling my honda accord clean title new tires runs great asking cash only \
                 message me here no trades serious buyers only";
    let mut posts = Vec::new();
    // Sellers with numbers, so that the wording spans several identities (stock).
    for (i, phone) in ["+14105550101", "+14105550102", "+14105550103"]
        .iter()
        .enumerate()
    {
        let text = format!("{stock} {}", filler(i, 0, 2));
        let mut p = post(&format!("s{i}"), &[text.as_str()], &[phone]);
        at(&mut p, "Baltimore, MD", 3 + i as u32);
        posts.push(p);
    }
    let first = posts.len();
    for (k, (city, day)) in [("Baltimore, MD", 10), ("London", 10), ("Baltimore, MD", 12)]
        .iter()
        .enumerate()
    {
        let text = format!("{stock} {}", filler(7, 0, 2));
        let mut p = post(&format!("x{k}"), &[text.as_str()], &[]);
        at(&mut p, city, *day);
        posts.push(p);
    }
    let l = link_all(&posts);
    assert!(
        !same(&l, first, first + 1) && !same(&l, first + 1, first + 2),
        "stock wording joined Baltimore and London"
    );
    // One seller's own wording (no identity shares it): its reposts in Baltimore join, the
    // same words in London do not.
    let own = "vintage oak dresser with brass handles solid wood three drawers pick up \
               downtown only cash";
    let mut posts = Vec::new();
    for (k, (city, day)) in [("Baltimore, MD", 10), ("London", 11), ("Baltimore, MD", 14)]
        .iter()
        .enumerate()
    {
        let text = format!("{own} {}", filler(8, 0, 3));
        let mut p = post(&format!("y{k}"), &[text.as_str()], &[]);
        at(&mut p, city, *day);
        posts.push(p);
    }
    let l = link_all(&posts);
    assert!(same(&l, 0, 2), "the repost in the same city did not join");
    assert!(!same(&l, 0, 1), "the same words in London joined");
}

#[test]
fn a_name_stated_with_another_age_is_another_person() {
    // Operator 1 advertises "Leila 25" in Los Angeles; three unsigned posts there and then
    // give the name Leila: with the same age, a year off, and six years off.
    let mut posts = operator(1, "Leila 25", "+13105550101", "Los Angeles, CA", &[3, 5, 8]);
    let first = posts.len();
    posts.push(unsigned("x1", "Leila 25", "Los Angeles, CA", 9, 9));
    posts.push(unsigned("x2", "Leila 26", "Los Angeles, CA", 9, 10));
    posts.push(unsigned("x3", "Leila 31", "Los Angeles, CA", 9, 11));
    let l = link_all(&posts);
    assert!(same(&l, first, 0), "the persona's post did not join");
    assert!(same(&l, first + 1, 0), "a year off is the same persona");
    assert!(
        !same(&l, first + 2, 0),
        "a Leila six years older joined the operator"
    );
}

#[test]
fn contactless_posts_of_one_persona_join_each_other() {
    // Three unsigned posts give "Nadia 23" in one city within a week (no identity anywhere):
    // one persona. A "Nadia 31" there and then, and a "Nadia 23" a month later, are not.
    let posts = vec![
        unsigned("a", "Nadia 23", "Denver, CO", 3, 1),
        unsigned("b", "Nadia 23", "Denver, CO", 6, 2),
        unsigned("c", "Nadia 24", "Denver, CO", 9, 3),
        unsigned("d", "Nadia 31", "Denver, CO", 6, 4),
        unsigned("e", "Nadia 23", "Denver, CO", 28, 5),
    ];
    let l = link_all(&posts);
    assert!(
        same(&l, 0, 1) && same(&l, 1, 2),
        "the persona's posts stayed apart"
    );
    assert!(!same(&l, 0, 3), "another age joined");
    assert!(!same(&l, 0, 4), "a month later joined");
}

/// An operator's `owned` signed posts in Leeds and a thief's `stolen` ones in York (its own
/// number), all showing one picture, and a post with no contact showing it in Hull under
/// another name: the post is the last one.
fn picture_owner_and_thief(owned: usize, stolen: usize) -> Vec<(Post, Vec<Selector>)> {
    let picture = "f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b22";
    let days: Vec<u32> = (1..=owned as u32).collect();
    let mut posts = operator(40, "Lily", "+447700900401", "Leeds", &days);
    let days: Vec<u32> = (1..=stolen as u32).collect();
    posts.extend(operator(41, "Lily", "+447700900402", "York", &days));
    posts.push(unsigned("quiet", "Rose", "Hull", 20, 42));
    for p in &mut posts {
        p.0.image_hashes = vec![picture.to_string()];
    }
    posts
}

#[test]
fn a_contactless_post_joins_the_group_that_shows_its_picture_far_more_than_any_other() {
    // Six posts of the owner against one of a thief's: the post without a contact is the
    // owner's (the thief, whose whole point is its own number, gives it).
    let posts = picture_owner_and_thief(6, 1);
    let linking = link_all(&posts);
    let quiet = posts.len() - 1;
    assert!(same(&linking, 0, quiet), "the post stayed apart");
    assert!(!same(&linking, 0, 6), "the thief joined the owner");
    // Three against one, or six against two: which is it? Neither.
    for (owned, stolen) in [(3, 1), (6, 2)] {
        let posts = picture_owner_and_thief(owned, stolen);
        let linking = link_all(&posts);
        let quiet = posts.len() - 1;
        assert!(
            !same(&linking, 0, quiet) && !same(&linking, owned, quiet),
            "{owned} against {stolen}: joined"
        );
    }
}

#[test]
fn a_copy_that_asks_to_be_paid_ahead_is_not_given_to_the_owner_by_its_wording() {
    // An owner's advert copied whole, without contact: the owner's post (its wording is the
    // owner's alone). The same copy asking for a deposit ahead is an impostor's.
    for asks in [false, true] {
        let mut posts = operator(1, "Leila", "+13105550101", "Los Angeles, CA", &[3, 5, 8]);
        let mut copy = posts[0].clone();
        copy.0.id = "copy".into();
        copy.1.clear();
        let body = copy.0.body.take().unwrap_or_default();
        let body = body.split(". call ").next().unwrap_or_default().to_string();
        copy.0.body = Some(if asks {
            format!("{body}. Deposit by gift card before we meet")
        } else {
            body
        });
        copy.0.posted_at = Some("2025-03-20T12:00:00Z".into());
        posts.push(copy);
        let l = link_all(&posts);
        assert_eq!(same(&l, 3, 0), !asks, "asks ahead: {asks}");
    }
}
