use crate::{link_all, own_text, post, word};

#[test]
fn a_footer_number_on_many_posters_does_not_merge_them() {
    let footer = "+18005550147";
    let mut posts = Vec::new();
    for i in 0..40 {
        let phone = format!("+1713555{:04}", 1000 + i);
        let text = own_text(i);
        let parts: Vec<&str> = text.iter().map(String::as_str).collect();
        posts.push(post(&format!("p{i}"), &parts, &[&phone, footer]));
    }
    let linking = link_all(&posts);
    assert_eq!(linking.network_count(), 40, "the footer merged posters");
    assert!(linking.networks.is_empty());
}

/// A photo hash for persona `k` (distinct personas differ in most bits).
fn persona_photo(k: usize) -> String {
    let mut h = String::new();
    for i in 0..64 {
        let v = (plainsight_link::minhash::jaccard(&[], &[]) as usize + k * 7919 + i * 104_729)
            .wrapping_mul(2_654_435_761)
            >> 7;
        h.push(char::from_digit((v % 16) as u32, 16).unwrap());
    }
    h
}

/// Appends `lead` and `value` to the post's body and `value` as a selector of `kind` there.
fn append_selector(
    post: &mut (plainsight_core::Post, Vec<plainsight_core::Selector>),
    kind: plainsight_core::SelectorKind,
    lead: &str,
    value: &str,
) {
    let body = post.0.body.get_or_insert_with(String::new);
    body.push_str(lead);
    let start = body.len();
    body.push_str(value);
    let mut selector = plainsight_core::Selector::new(
        kind,
        value,
        plainsight_core::Field::Body,
        start,
        body.len(),
        value,
    );
    // The handles these tests write follow a Telegram cue.
    if kind == plainsight_core::SelectorKind::Handle {
        selector.platform = Some(plainsight_core::Platform::Telegram);
    }
    post.1.push(selector);
}

#[test]
fn an_operator_rotating_four_phones_is_one_network() {
    let template = [
        "hey gentlemen sweet petite companion visiting downtown tonight",
        "my smile is warm and my energy is playful and genuine",
        "come unwind with a classy lady who knows how to pamper",
        "located near the galleria easy parking discreet entrance",
    ];
    let mut posts = Vec::new();
    for k in 0..20 {
        let phone = format!("+1214555{:04}", 2000 + k / 5);
        let name = ["Lily", "Rose", "Jade", "Ivy"][k % 4];
        let first = format!("{name} here for a short time");
        let mut parts: Vec<&str> = vec![&first];
        parts.extend(template.iter().copied());
        let (mut p, s) = post(&format!("op{k:02}"), &parts, &[&phone]);
        // The persona's photo corroborates the wording across the rotated phones.
        p.image_hashes = vec![persona_photo(k % 4)];
        posts.push((p, s));
    }
    let linking = link_all(&posts);
    assert_eq!(linking.networks.len(), 1);
    assert_eq!(linking.networks[0].size, 20);
    let kinds: Vec<&str> = linking.networks[0]
        .evidence
        .iter()
        .map(|e| e.kind.as_str())
        .collect();
    assert!(kinds.contains(&"shared_template"), "{kinds:?}");
    assert!(kinds.contains(&"shared_phone"), "{kinds:?}");
    assert_eq!(linking.networks[0].persons.len(), 4);
}

#[test]
fn a_stock_photo_on_many_posters_does_not_merge_them() {
    let stock = "f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b22";
    let mut posts = Vec::new();
    for i in 0..30 {
        let phone = format!("+1312555{:04}", 3000 + i);
        let text = own_text(i + 50);
        let parts: Vec<&str> = text.iter().map(String::as_str).collect();
        let (mut p, s) = post(&format!("s{i}"), &parts, &[&phone]);
        p.image_hashes = vec![stock.to_string()];
        posts.push((p, s));
    }
    let linking = link_all(&posts);
    assert_eq!(linking.network_count(), 30);
}

#[test]
fn wording_alone_does_not_join_rotated_phones() {
    // The same operator wording over four phones and no photo: four identities that text
    // alone must not join (it could as well be a stock template four businesses share).
    let template = [
        "hey gentlemen sweet petite companion visiting downtown tonight",
        "my smile is warm and my energy is playful and genuine",
        "come unwind with a classy lady who knows how to pamper",
    ];
    let mut posts = Vec::new();
    for k in 0..12 {
        let phone = format!("+1214555{:04}", 3000 + k / 3);
        posts.push(post(&format!("w{k:02}"), &template, &[&phone]));
    }
    let linking = link_all(&posts);
    assert_eq!(linking.networks.len(), 4);
    let guards: Vec<&str> = linking
        .networks
        .iter()
        .flat_map(|n| n.guards.iter().map(|g| g.kind.as_str()))
        .collect();
    assert!(guards.contains(&"shared_template"), "{guards:?}");
}

/// What a linking holds back for good (footers, stock photos) is kept with its spread, and a
/// later linking of part of the corpus (a case store's neighbourhood of a new batch) that sees
/// only two of the item's posts starts from that spread: the two are not joined.
#[test]
fn held_footers_and_stock_photos_stay_held_in_a_partial_linking() {
    use plainsight_link::{LinkConfig, Linker, PostFeatures, TextStats};
    let footer = "+18005550147";
    let stock = "f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b22";
    let poster = |i: usize| {
        let phone = format!("+1713555{:04}", 1000 + i);
        let text = own_text(i + 300);
        let parts: Vec<&str> = text.iter().map(String::as_str).collect();
        let (mut p, s) = post(&format!("h{i}"), &parts, &[&phone, footer]);
        p.image_hashes = vec![stock.to_string()];
        (p, s)
    };
    let features = |(p, s): &(plainsight_core::Post, Vec<plainsight_core::Selector>)| {
        PostFeatures::from_post(p, s)
    };
    let mut all = Linker::new(LinkConfig::default());
    for i in 0..40 {
        all.add(features(&poster(i))).unwrap();
    }
    let whole = all.link();
    assert_eq!(whole.network_count(), 40);
    let held = &whole.stats.held;
    let (spread, busy) = held.selectors[footer];
    assert_eq!(spread, 40);
    assert!(busy, "beside 40 other phones: a plain footer");
    assert!(
        !held.selectors.contains_key("+17135551000"),
        "own phones are not held"
    );
    assert_eq!(held.images.len(), 1);
    assert_eq!(held.images[0].1, 40);

    // Kept in a store and read back.
    let back = TextStats::from_bytes(&whole.stats.to_bytes()).unwrap();
    assert_eq!(&back.held, held);
    assert_eq!(back.units, whole.stats.units);

    // Two of the posts alone: the footer and the photo would join them...
    let mut two = Linker::new(LinkConfig::default());
    for i in 0..2 {
        two.add(features(&poster(i))).unwrap();
    }
    assert_eq!(
        two.link().network_count(),
        1,
        "seen alone, two posts share a lot"
    );
    // ...but not against the statistics that hold them.
    let mut part = Linker::with_prior(LinkConfig::default(), back);
    for i in 0..2 {
        part.add_known(features(&poster(i))).unwrap();
    }
    let linking = part.link();
    assert_eq!(linking.network_count(), 2, "held evidence joined posts");
    assert_eq!(linking.stats.held.selectors[footer].0, 40);
}

/// Statistics written before held evidence was kept read as holding nothing; bytes cut short
/// are refused.
#[test]
fn statistics_without_held_evidence_still_read() {
    use plainsight_link::{LinkConfig, Linker, TextStats};
    let mut l = Linker::new(LinkConfig::default());
    l.add(plainsight_link::PostFeatures::from_post(
        &post("a", &["one two three four five six seven"], &[]).0,
        &[],
    ))
    .unwrap();
    let stats = l.link().stats;
    let bytes = stats.to_bytes();
    // Nothing held: the held part is two zero counts at the end.
    assert_eq!(&bytes[bytes.len() - 2..], &[0, 0]);
    let old = &bytes[..bytes.len() - 2];
    let read = TextStats::from_bytes(old).unwrap();
    assert!(read.held.is_empty());
    assert_eq!(read.units, stats.units);
    assert!(TextStats::from_bytes(&bytes[..bytes.len() - 1]).is_none());
    let mut longer = bytes.clone();
    longer.push(7);
    assert!(TextStats::from_bytes(&longer).is_none());
}

/// A post of `org`'s with its own site and, under it, the job board's support line.
fn job_ad(
    org: usize,
    k: usize,
    board_line: &str,
) -> (plainsight_core::Post, Vec<plainsight_core::Selector>) {
    let text = own_text(org * 10 + k);
    let parts: Vec<&str> = text.iter().map(String::as_str).collect();
    let mut ad = post(&format!("o{org}-{k}"), &parts, &[board_line]);
    let site = format!("{}-careers.example", word(5000 + org));
    append_selector(
        &mut ad,
        plainsight_core::SelectorKind::Url,
        ". apply at ",
        &site,
    );
    ad
}

#[test]
fn a_job_boards_line_under_three_organisations_does_not_merge_them() {
    // Each employer names only its own site; the board's support line is under every ad. The
    // line sits beside three own domains that never meet: it is the board's, not theirs.
    let board = "+18005550188";
    let mut posts = Vec::new();
    for org in 0..3 {
        for k in 0..4 {
            posts.push(job_ad(org, k, board));
        }
    }
    let linking = link_all(&posts);
    for org in 0..3 {
        let first = org * 4;
        for k in 1..4 {
            assert_eq!(
                linking.network_of(first),
                linking.network_of(first + k),
                "an employer split"
            );
        }
    }
    assert_ne!(
        linking.network_of(0),
        linking.network_of(4),
        "the board's line merged employers"
    );
    assert_ne!(
        linking.network_of(4),
        linking.network_of(8),
        "the board's line merged employers"
    );
}

#[test]
fn a_job_boards_line_under_two_organisations_does_not_merge_them() {
    // Two employers, each with its own site and its own phone; the board's report line is
    // under both. The line sits beside two organisations whose contacts never meet: it links
    // neither to the other, and is held back like a footer.
    use plainsight_core::{Field, Selector, SelectorKind};
    let board = "+14375550123";
    let mut posts = Vec::new();
    for org in 0..2 {
        for k in 0..4 {
            let (mut p, mut sels) = job_ad(org, k, board);
            let phone = format!("+1579555{:04}", 100 + org);
            let mut body = p.body.take().unwrap_or_default();
            body.push_str(". hr line ");
            let start = body.len();
            body.push_str(&phone);
            sels.push(Selector::new(
                SelectorKind::Phone,
                &phone,
                Field::Body,
                start,
                body.len(),
                &phone,
            ));
            p.body = Some(body);
            posts.push((p, sels));
        }
    }
    let linking = link_all(&posts);
    for org in 0..2 {
        for k in 1..4 {
            assert_eq!(
                linking.network_of(org * 4),
                linking.network_of(org * 4 + k),
                "an employer split"
            );
        }
    }
    assert_ne!(
        linking.network_of(0),
        linking.network_of(4),
        "the board's line merged two employers"
    );
}

/// A post of employer `org` through a shared applicant-tracking host: its page there, and on
/// the first post only, the employer's own phone.
fn tracked_job_ad(org: usize, k: usize) -> (plainsight_core::Post, Vec<plainsight_core::Selector>) {
    let text = own_text(org * 10 + k);
    let parts: Vec<&str> = text.iter().map(String::as_str).collect();
    let phone = format!("+1214555{:04}", 2000 + org);
    let phones: Vec<&str> = if k == 0 { vec![&phone] } else { vec![] };
    let mut ad = post(&format!("t{org}-{k}"), &parts, &phones);
    let page = format!("jobhost.example/{}-{org}/{}", word(9000 + org), 40_000 + k);
    append_selector(
        &mut ad,
        plainsight_core::SelectorKind::Url,
        ". apply at ",
        &page,
    );
    ad
}

#[test]
fn an_employers_pages_on_a_shared_tracking_host_link_and_the_host_does_not() {
    // Thirty employers post through one applicant-tracking host: the host is everyone's,
    // the first path segment (the employer's account there) is one employer's.
    let mut posts = Vec::new();
    for org in 0..30 {
        for k in 0..3 {
            posts.push(tracked_job_ad(org, k));
        }
    }
    let linking = link_all(&posts);
    for org in 0..30 {
        let first = org * 3;
        for k in 1..3 {
            assert_eq!(
                linking.network_of(first),
                linking.network_of(first + k),
                "employer {org} split"
            );
        }
        if org > 0 {
            assert_ne!(
                linking.network_of(first),
                linking.network_of(0),
                "the host merged employers"
            );
        }
    }
}

#[test]
fn a_picture_off_the_internet_beside_four_posters_does_not_merge_them() {
    // Four unrelated posters, each with its own number, wording and photo, and one picture
    // they all took off the internet. An operator's numbers would share its persona's
    // several photos; these share that one only.
    let stock = persona_photo(90);
    let mut posts = Vec::new();
    for i in 0..4 {
        let phone = format!("+1713555{:04}", 3000 + i);
        let text = own_text(40 + i);
        let parts: Vec<&str> = text.iter().map(String::as_str).collect();
        for k in 0..2 {
            let (mut p, s) = post(&format!("s{i}-{k}"), &parts, &[&phone]);
            p.image_hashes = vec![persona_photo(60 + i), stock.clone()];
            posts.push((p, s));
        }
    }
    let linking = link_all(&posts);
    assert_eq!(
        linking.network_count(),
        4,
        "the stock picture merged posters"
    );
    for i in 0..4 {
        assert_eq!(linking.network_of(2 * i), linking.network_of(2 * i + 1));
    }
}

#[test]
fn one_picture_among_three_posters_does_not_merge_them() {
    // In a small corpus a picture off the internet sits beside three posters only: one
    // shared photo and nothing else is no evidence of one author.
    let stock = persona_photo(92);
    let mut posts = Vec::new();
    for i in 0..3 {
        let phone = format!("+1713555{:04}", 5000 + i);
        let text = own_text(90 + i);
        let parts: Vec<&str> = text.iter().map(String::as_str).collect();
        for k in 0..2 {
            let (mut p, s) = post(&format!("t{i}-{k}"), &parts, &[&phone]);
            p.image_hashes = vec![persona_photo(95 + i), stock.clone()];
            posts.push((p, s));
        }
    }
    let linking = link_all(&posts);
    assert_eq!(
        linking.network_count(),
        3,
        "one shared picture merged three posters"
    );
}

/// Two posters, each with its own number, wording and photo, both showing one more picture,
/// advertising in `cities` under `names`, and sharing a second picture if `second`.
fn two_posters_one_picture(
    cities: [&str; 2],
    names: [&str; 2],
    second: bool,
) -> Vec<(plainsight_core::Post, Vec<plainsight_core::Selector>)> {
    let shared = persona_photo(70);
    let mut posts = Vec::new();
    for i in 0..2 {
        let phone = format!("+1713555{:04}", 7000 + i);
        let mut text = own_text(120 + i);
        text.insert(0, format!("{} here for a short time", names[i]));
        let parts: Vec<&str> = text.iter().map(String::as_str).collect();
        for k in 0..2 {
            let (mut p, s) = post(&format!("u{i}-{k}"), &parts, &[&phone]);
            p.location = Some(cities[i].to_string());
            p.image_hashes = vec![persona_photo(72 + i), shared.clone()];
            if second {
                p.image_hashes.push(persona_photo(80));
            }
            posts.push((p, s));
        }
    }
    posts
}

#[test]
fn one_picture_between_two_posters_joins_them_only_with_a_second_sign() {
    // Alone, a picture two posters show could be one both took off the internet.
    let apart = link_all(&two_posters_one_picture(
        ["Houston, TX", "Denver, CO"],
        ["Lily", "Rose"],
        false,
    ));
    assert_eq!(
        apart.network_count(),
        2,
        "one picture alone merged two posters"
    );
    // The waterfall says why: the picture is a guard of each network, held at zero.
    for n in &apart.networks {
        assert!(
            n.guards
                .iter()
                .any(|g| g.kind == "shared_image" && g.weight <= 0.0 && g.spread == 2),
            "{:?}",
            n.guards
        );
    }
    // A name both advertise is no second sign: persona names come from a short list of
    // popular ones, and two strangers' ads meet in one of them by chance.
    let named = link_all(&two_posters_one_picture(
        ["Houston, TX", "Denver, CO"],
        ["Lily", "Lily"],
        false,
    ));
    assert_eq!(
        named.network_count(),
        2,
        "one picture and a popular name merged two posters"
    );
    // A city both advertise in, or a second photo, says one author.
    for (cities, names, second) in [
        (["Houston, TX", "Houston"], ["Lily", "Rose"], false),
        (["Houston, TX", "Denver, CO"], ["Lily", "Rose"], true),
    ] {
        let linking = link_all(&two_posters_one_picture(cities, names, second));
        assert_eq!(
            linking.network_count(),
            1,
            "{cities:?} {names:?} second photo {second}: split"
        );
    }
}

/// Two owners, each with its own number, wording, city and two photos, posting `owner_posts`
/// times each, and a third poster (its own number, wording and city) posting `shower_posts`
/// times with both owners' photos.
fn two_owners_and_a_shower_of_their_pictures(
    owner_posts: usize,
    shower_posts: usize,
) -> Vec<(plainsight_core::Post, Vec<plainsight_core::Selector>)> {
    two_owners_and_a_shower_in(owner_posts, shower_posts, &["Miami, FL"])
}

/// As above, the shower's posts in `shower_cities` in turn.
fn two_owners_and_a_shower_in(
    owner_posts: usize,
    shower_posts: usize,
    shower_cities: &[&str],
) -> Vec<(plainsight_core::Post, Vec<plainsight_core::Selector>)> {
    let owner_cities = ["Houston, TX", "Denver, CO"];
    let photos = |i: usize| vec![persona_photo(90 + 2 * i), persona_photo(91 + 2 * i)];
    let mut posts = Vec::new();
    for (i, home) in owner_cities.iter().map(Some).chain([None]).enumerate() {
        let phone = format!("+1713555{:04}", 7100 + i);
        let text = own_text(140 + i);
        let parts: Vec<&str> = text.iter().map(String::as_str).collect();
        let count = if i < 2 { owner_posts } else { shower_posts };
        for k in 0..count {
            let (mut p, s) = post(&format!("s{i}-{k}"), &parts, &[&phone]);
            let city = home.unwrap_or(&shower_cities[k % shower_cities.len()]);
            p.location = Some(city.to_string());
            p.image_hashes = if i < 2 {
                photos(i)
            } else {
                [photos(0), photos(1)].concat()
            };
            posts.push((p, s));
        }
    }
    posts
}

#[test]
fn a_poster_showing_two_owners_pictures_beside_their_many_posts_joins_neither() {
    // A thief (or a reseller of pictures) shows two pictures of each of two posters who
    // share none with each other and advertise far more than it does: two photos in common
    // do not make it the author of either, and it must not fuse the two owners.
    let thief = link_all(&two_owners_and_a_shower_of_their_pictures(6, 2));
    assert_eq!(
        thief.network_count(),
        3,
        "a shower of two owners' pictures fused them"
    );
    // A booking line that advertises as often as each of the two women whose pictures it
    // shows is the operation's own: the three stay one network, as before.
    let operator = link_all(&two_owners_and_a_shower_of_their_pictures(3, 3));
    assert_eq!(operator.network_count(), 1, "an operator's line split");
    // One owner only: two shared photos still join the poster to it.
    let mut one = two_owners_and_a_shower_of_their_pictures(6, 2);
    for (p, _) in one.iter_mut().filter(|(p, _)| p.id.starts_with("s2-")) {
        p.image_hashes.truncate(2);
    }
    assert_eq!(link_all(&one).network_count(), 2, "second photo lost");
}

#[test]
fn a_poster_showing_two_owners_pictures_where_they_advertise_joins_neither() {
    // A copycat posts its copies where its victims advertise: a city in common with each
    // owner says no more than the second photo does, and must not fuse the three.
    let copycat = two_owners_and_a_shower_in(6, 2, &["Houston, TX", "Denver, CO"]);
    assert_eq!(
        link_all(&copycat).network_count(),
        3,
        "a shower of two owners' pictures joined them in their cities"
    );
    // A poster that shows one owner's pictures only, in its city, is that owner's.
    let mut one = two_owners_and_a_shower_in(6, 2, &["Houston, TX"]);
    for (p, _) in one.iter_mut().filter(|(p, _)| p.id.starts_with("s2-")) {
        p.image_hashes.truncate(1);
    }
    assert_eq!(
        link_all(&one).network_count(),
        2,
        "one picture and a city lost"
    );
}

/// An owner advertising weekly in Houston for eight weeks with two photos, and a second
/// poster (its own number and wording) showing both photos on three posts in
/// `second_cities` in turn, in the weeks from `second_from`.
fn an_owner_and_a_second_poster(
    second_from: usize,
    second_cities: &[&str],
) -> Vec<(plainsight_core::Post, Vec<plainsight_core::Selector>)> {
    let photos = vec![persona_photo(130), persona_photo(131)];
    let mut posts = Vec::new();
    for i in 0..2usize {
        let phone = format!("+1713555{:04}", 7300 + i);
        let text = own_text(160 + i);
        let parts: Vec<&str> = text.iter().map(String::as_str).collect();
        let count = if i == 0 { 8 } else { 3 };
        for k in 0..count {
            let (mut p, s) = post(&format!("o{i}-{k}"), &parts, &[&phone]);
            let (week, city) = if i == 0 {
                (k, "Houston, TX")
            } else {
                (second_from + k, second_cities[k % second_cities.len()])
            };
            p.location = Some(city.to_string());
            p.posted_at = Some(plainsight_core::time::format_rfc3339(
                1_704_067_200 + (week as i64 * 7 + 2) * 86_400,
            ));
            p.image_hashes = photos.clone();
            posts.push((p, s));
        }
    }
    posts
}

#[test]
fn a_poster_showing_an_owners_pictures_elsewhere_while_the_owner_advertises_is_another() {
    // An impostor copies an owner's two photos and advertises them in another city while the
    // owner goes on advertising at home: one person's two numbers would be used where that
    // person is. Two photos in common do not make them one author.
    let impostor = link_all(&an_owner_and_a_second_poster(3, &["Denver, CO"]));
    assert_eq!(
        impostor.network_count(),
        2,
        "a poster showing the owner's pictures elsewhere at the same time joined the owner"
    );
    // The same posts from a week after the owner's last: a number changed with a move (a
    // circuit's next city) is one author.
    let moved = link_all(&an_owner_and_a_second_poster(8, &["Denver, CO"]));
    assert_eq!(
        moved.network_count(),
        1,
        "a number changed with a move split"
    );
    // The owner's number silent while the second advertises, and taken up again after: a
    // stay elsewhere on another line, one author.
    let mut away = an_owner_and_a_second_poster(3, &["Denver, CO"]);
    away.retain(|(p, _)| !matches!(p.id.as_str(), "o0-3" | "o0-4" | "o0-5"));
    assert_eq!(
        link_all(&away).network_count(),
        1,
        "a stay on another line split"
    );
    // At the same time, one of its posts in the owner's city: one author again.
    let beside = link_all(&an_owner_and_a_second_poster(
        3,
        &["Denver, CO", "Houston, TX"],
    ));
    assert_eq!(
        beside.network_count(),
        1,
        "a second number in the owner's city split"
    );
}

#[test]
fn busy_posters_of_a_pool_of_stock_pictures_stay_apart() {
    // Six posters draw three pictures each from one pool of five stock pictures, so that the
    // pool chains all six and every picture sits beside three or four of them. Two busy
    // posters (the first two) share two pictures by chance; an operator's numbers would share
    // their photos among themselves only.
    let pool: Vec<String> = (0..5).map(|k| persona_photo(100 + k)).collect();
    let draws = [
        [0, 1, 2],
        [0, 1, 3],
        [2, 3, 4],
        [0, 2, 4],
        [1, 3, 4],
        [1, 2, 4],
    ];
    let mut posts = Vec::new();
    for (i, d) in draws.iter().enumerate() {
        let phone = format!("+1713555{:04}", 8000 + i);
        let text = own_text(140 + i);
        let parts: Vec<&str> = text.iter().map(String::as_str).collect();
        for k in 0..2 {
            let (mut p, s) = post(&format!("v{i}-{k}"), &parts, &[&phone]);
            p.location = Some(["Houston", "Dallas", "Austin"][i % 3].to_string());
            p.image_hashes = d.iter().map(|&j| pool[j].clone()).collect();
            posts.push((p, s));
        }
    }
    let linking = link_all(&posts);
    assert_eq!(linking.network_count(), 6, "the pool merged posters");
}

/// A post with `phone` and the e-mail address `mail`.
fn post_with_mail(
    id: &str,
    text: &[String],
    phone: &str,
    mail: &str,
) -> (plainsight_core::Post, Vec<plainsight_core::Selector>) {
    let parts: Vec<&str> = text.iter().map(String::as_str).collect();
    let mut ad = post(id, &parts, &[phone]);
    append_selector(
        &mut ad,
        plainsight_core::SelectorKind::Email,
        ". mail ",
        mail,
    );
    ad
}

#[test]
fn a_mail_host_the_platform_list_does_not_know_does_not_merge_its_users() {
    // Five people, each with a number and an address of one free-mail host that no list
    // names. Its domain sits beside few selectors in a small corpus, but they are the
    // addresses of people who never meet: a mail host, not an organisation.
    let mut posts = Vec::new();
    for i in 0..5 {
        let phone = format!("+1713555{:04}", 9000 + i);
        let mail = format!("{}@postkasten-mail.example", word(300 + i));
        for k in 0..2 {
            posts.push(post_with_mail(
                &format!("m{i}-{k}"),
                &own_text(160 + i),
                &phone,
                &mail,
            ));
        }
    }
    let linking = link_all(&posts);
    assert_eq!(linking.network_count(), 5, "the mail host merged its users");
    for i in 0..5 {
        assert_eq!(linking.network_of(2 * i), linking.network_of(2 * i + 1));
    }
}

#[test]
fn an_organisation_writing_from_two_addresses_and_three_lines_is_one_network() {
    // An employer's ads: three HR lines that never meet, hr@ on three ads and jobs@ on the
    // other three, all under its own domain. No line is on both sides, so only the domain
    // joins the hr@ ads to the jobs@ ads: two addresses do not make it a mail host.
    let mut posts = Vec::new();
    for k in 0..6 {
        let phone = format!("+1713555{:04}", 9100 + [0, 0, 0, 1, 1, 2][k]);
        let mail = [
            "hr@brightwater-foods.example",
            "jobs@brightwater-foods.example",
        ][k / 3];
        posts.push(post_with_mail(
            &format!("e{k}"),
            &own_text(170 + k),
            &phone,
            mail,
        ));
    }
    let linking = link_all(&posts);
    assert_eq!(linking.network_count(), 1, "the organisation was split");
}

#[test]
fn a_sites_support_line_beside_one_poster_does_not_take_in_other_posts() {
    // A small site: one poster with her own number, and six posts of other people that carry
    // no contact of their own, every one with the site's support line printed under it. Beside
    // one poster only, the line looks like hers; the phrase before it says it is the site's.
    let footer = "Customer support +1 800 555 0100";
    let mut posts = Vec::new();
    for i in 0..7 {
        let mut text = own_text(180 + i);
        let mut sels = Vec::new();
        if i == 0 {
            text.push("call me 713 555 0190".into());
        }
        let body = format!("{}. {footer}", text.join(". "));
        for (value, at) in [("+17135550190", "713 555"), ("+18005550100", "+1 800")] {
            if let Some(start) = body.find(at) {
                sels.push(plainsight_core::Selector::new(
                    plainsight_core::SelectorKind::Phone,
                    value,
                    plainsight_core::Field::Body,
                    start,
                    start + at.len(),
                    value,
                ));
            }
        }
        let p = plainsight_core::Post {
            id: format!("f{i}"),
            body: Some(body),
            ..plainsight_core::Post::default()
        };
        posts.push((p, sels));
    }
    let linking = link_all(&posts);
    assert_eq!(
        linking.network_count(),
        7,
        "the support line took in other people's posts"
    );
}

#[test]
fn an_unnamed_tracking_host_between_organisations_does_not_merge_them() {
    // Three employers with their own domains take applications through one applicant-tracking
    // host that no list names. Beside few selectors in a small corpus, the host's domain sat
    // between organisations: a host, not one of them.
    let mut posts = Vec::new();
    for org in 0..3 {
        let name = word(7000 + org);
        for k in 0..2 {
            let mail = format!("hr@{name}.example");
            let mut ad = post_with_mail(
                &format!("h{org}-{k}"),
                &own_text(190 + org * 2 + k),
                &format!("+1713555{:04}", 9200 + org * 2 + k),
                &mail,
            );
            let page = format!("hostly-jobs.example/{name}/{}", 100 + k);
            append_selector(
                &mut ad,
                plainsight_core::SelectorKind::Url,
                ". apply at ",
                &page,
            );
            posts.push(ad);
        }
    }
    let linking = link_all(&posts);
    assert_eq!(linking.network_count(), 3, "the host merged employers");
    for org in 0..3 {
        assert_eq!(linking.network_of(2 * org), linking.network_of(2 * org + 1));
    }
}

/// A post with `phone` (if any) and the pages `pages` (URL selectors).
fn post_with_pages(
    id: &str,
    text: &[String],
    phone: Option<&str>,
    pages: &[&str],
) -> (plainsight_core::Post, Vec<plainsight_core::Selector>) {
    let parts: Vec<&str> = text.iter().map(String::as_str).collect();
    let phones: Vec<&str> = phone.into_iter().collect();
    let mut ad = post(id, &parts, &phones);
    for page in pages {
        append_selector(
            &mut ad,
            plainsight_core::SelectorKind::Url,
            ". apply at ",
            page,
        );
    }
    ad
}

#[test]
fn employers_accounts_on_an_unnamed_tracking_host_keep_them_apart() {
    // Three employers without domains of their own, each with its line and its account on one
    // tracking host that no list names: the host's domain sits between accounts that never
    // meet, so it is a host.
    let mut posts = Vec::new();
    for org in 0..3 {
        let name = format!("{}-{}", word(7100 + org), 100 + org);
        for k in 0..2 {
            let page = format!("talentpipe.example/{name}/{}", 500 + k);
            posts.push(post_with_pages(
                &format!("t{org}-{k}"),
                &own_text(200 + org * 2 + k),
                Some(&format!("+1713555{:04}", 9300 + org)),
                &[&page],
            ));
        }
    }
    let linking = link_all(&posts);
    assert_eq!(linking.network_count(), 3, "the host merged employers");
}

#[test]
fn an_employers_domain_and_its_account_on_a_tracking_host_are_one_network() {
    // One employer: some ads name its own domain, others its account on a tracking host, and
    // one HR line sits beside both. Its line is not a bridge between two organisations.
    let mut posts = Vec::new();
    for k in 0..6 {
        let page = if k % 2 == 0 {
            "alpine-lodges.example".to_string()
        } else {
            format!("talentpipe.example/alpine-lodges-7/{}", 600 + k)
        };
        let phone = (k == 2 || k == 3).then_some("+17135559400");
        posts.push(post_with_pages(
            &format!("a{k}"),
            &own_text(210 + k),
            phone,
            &[&page],
        ));
    }
    let linking = link_all(&posts);
    assert_eq!(linking.network_count(), 1, "the employer was split");
}

#[test]
fn a_link_shortener_the_list_does_not_name_does_not_merge_its_users() {
    // Four posters, each with her number and her own short link ("More pics: …") on one
    // shortener that no list names. The shortener's domain is nobody's.
    let codes = ["utTO8D", "z42x48", "CRGESt", "Tmzwb0"];
    let mut posts = Vec::new();
    for (i, code) in codes.iter().enumerate() {
        let page = format!("qk.example/{code}");
        for k in 0..2 {
            posts.push(post_with_pages(
                &format!("q{i}-{k}"),
                &own_text(220 + i),
                Some(&format!("+1713555{:04}", 9500 + i)),
                &[&page],
            ));
        }
    }
    let linking = link_all(&posts);
    assert_eq!(linking.network_count(), 4, "the shortener merged its users");
}

#[test]
fn a_number_on_the_line_that_names_the_site_is_the_sites() {
    // The site prints its footer under every ad: its own name, then a number with no label a
    // list would know ("Publicado en … · Ayuda: …" in any language). Two posters have their
    // own numbers; four other people's posts carry none. Beside two posters only, the number
    // would define a poster of its own and take everyone in; the line names the site: its
    // number is the site's, whatever word stands before it.
    let mut posts = Vec::new();
    for i in 0..6 {
        let text = own_text(230 + i);
        let parts: Vec<&str> = text.iter().map(String::as_str).collect();
        let mut ad = post(&format!("w{i}"), &parts, &[]);
        ad.0.site = Some("anuncios-ya.example".into());
        if i < 2 {
            append_selector(
                &mut ad,
                plainsight_core::SelectorKind::Phone,
                ". llamame ",
                &format!("+3462742297{i}"),
            );
        }
        append_selector(
            &mut ad,
            plainsight_core::SelectorKind::Phone,
            "\nPublicado en anuncios-ya.example · Ayúdanos: ",
            "+34800511206",
        );
        posts.push(ad);
    }
    let linking = link_all(&posts);
    assert_eq!(
        linking.network_count(),
        6,
        "the site's footer took in other people's posts"
    );
}

/// Posts of one number at the given days of 2024 (or without a time), each poster's wording
/// its own (`who` picks the wording).
fn posts_of_one_number(
    days: &[(Option<u32>, usize)],
) -> Vec<(plainsight_core::Post, Vec<plainsight_core::Selector>)> {
    days.iter()
        .enumerate()
        .map(|(k, &(day, who))| {
            let text = own_text(200 + who);
            let parts: Vec<&str> = text.iter().map(String::as_str).collect();
            let (mut p, s) = post(&format!("r{k}"), &parts, &["+17135558800"]);
            p.posted_at = day.map(|d| {
                plainsight_core::time::format_rfc3339(1_704_067_200 + i64::from(d) * 86_400)
            });
            (p, s)
        })
        .collect()
}

#[test]
fn a_number_used_again_after_a_long_silence_is_a_new_holders() {
    // A prepaid number silent for most of a year and then given to someone else: two holders.
    let recycled = link_all(&posts_of_one_number(&[
        (Some(1), 0),
        (Some(20), 0),
        (Some(60), 0),
        (Some(300), 1),
        (Some(310), 1),
    ]));
    assert_eq!(
        recycled.network_count(),
        2,
        "the recycled number merged its holders"
    );
    assert_eq!(recycled.network_of(0), recycled.network_of(2));
    assert_eq!(recycled.network_of(3), recycled.network_of(4));
    // A pause of a few months is the same holder; so is a use whose time is not known.
    for days in [
        [
            (Some(1), 0),
            (Some(20), 0),
            (Some(60), 0),
            (Some(200), 0),
            (Some(210), 0),
        ],
        [
            (Some(1), 0),
            (Some(20), 0),
            (None, 0),
            (Some(300), 1),
            (Some(310), 1),
        ],
    ] {
        let linking = link_all(&posts_of_one_number(&days));
        assert_eq!(linking.network_count(), 1, "{days:?}: split");
    }
}

#[test]
fn a_post_without_contact_joins_the_posters_of_its_photo_once_they_are_one() {
    // Three numbers of one operator: A in Houston, B in Houston and Dallas, C in Dallas. A and
    // C share one photo and nothing else (no second sign between them), but A and B, and B and
    // C, share a photo and a city: the three are one. A post with no contact shows the photo
    // A and C share: it joins them, once they are one.
    let (p_ac, p_ab, p_bc) = (persona_photo(301), persona_photo(302), persona_photo(303));
    let mut posts = Vec::new();
    let mut add = |id: &str, who: usize, phone: Option<&str>, city: &str, photos: Vec<String>| {
        let text = own_text(310 + who);
        let parts: Vec<&str> = text.iter().map(String::as_str).collect();
        let phones: Vec<&str> = phone.into_iter().collect();
        let (mut p, s) = post(id, &parts, &phones);
        p.location = Some(city.to_string());
        p.image_hashes = photos;
        posts.push((p, s));
    };
    add(
        "a1",
        0,
        Some("+17135552001"),
        "Houston, TX",
        vec![p_ac.clone()],
    );
    add(
        "a2",
        0,
        Some("+17135552001"),
        "Houston, TX",
        vec![p_ab.clone()],
    );
    add(
        "b1",
        1,
        Some("+17135552002"),
        "Houston, TX",
        vec![p_ab.clone()],
    );
    add(
        "b2",
        1,
        Some("+17135552002"),
        "Dallas, TX",
        vec![p_bc.clone()],
    );
    add(
        "c1",
        2,
        Some("+17135552003"),
        "Dallas, TX",
        vec![p_bc.clone()],
    );
    add(
        "c2",
        2,
        Some("+17135552003"),
        "Dallas, TX",
        vec![p_ac.clone()],
    );
    add("x", 3, None, "Austin, TX", vec![p_ac.clone()]);
    let linking = link_all(&posts);
    assert_eq!(
        linking.network_count(),
        1,
        "the operator or the post was split"
    );
}

/// An agency that rotates eight numbers and shows each persona's photos under three of them,
/// touring a different city each week, every post with the agency's booking handle if
/// `handle`: the photos chain eight posters, more than a stock pool may, and the handle sits
/// beside eight numbers, more than a poster's own contact does.
fn touring_agency(handle: bool) -> Vec<(plainsight_core::Post, Vec<plainsight_core::Selector>)> {
    touring_agency_with(handle.then_some((
        plainsight_core::SelectorKind::Handle,
        ". telegram ",
        "@velvet_bookings",
    )))
}

/// The touring agency, every post with `contact` (kind, text before it, value) if given.
fn touring_agency_with(
    contact: Option<(plainsight_core::SelectorKind, &str, &str)>,
) -> Vec<(plainsight_core::Post, Vec<plainsight_core::Selector>)> {
    let cities = [
        "Leeds", "Bristol", "Cardiff", "York", "Bath", "Hull", "Derby", "Wells",
    ];
    let mut posts = Vec::new();
    for number in 0..8 {
        let phone = format!("+4477009{:05}", 10_000 + number);
        for k in 0..3 {
            let persona = (number + 8 - k) % 8;
            let text = own_text(200 + number * 3 + k);
            let parts: Vec<&str> = text.iter().map(String::as_str).collect();
            let mut p = post(&format!("a{number}-{k}"), &parts, &[&phone]);
            p.0.location = Some(cities[(number + k) % 8].to_string());
            p.0.image_hashes = vec![persona_photo(300 + persona)];
            if let Some((kind, before, value)) = contact {
                append_selector(&mut p, kind, before, value);
            }
            posts.push(p);
        }
    }
    posts
}

#[test]
fn an_agencys_handle_beside_its_rotated_numbers_corroborates_their_photos() {
    // Photos alone: a chain of eight posters is what a pool of stock pictures makes, and no
    // two of them share a second photo or a city.
    let apart = link_all(&touring_agency(false));
    assert_eq!(apart.network_count(), 8, "photos alone merged posters");
    // The handle alone sits beside eight numbers: it links nothing by itself (see the footer
    // test above), but each photo's posters giving one contact say one author.
    let whole = link_all(&touring_agency(true));
    assert_eq!(whole.network_count(), 1, "the agency split");
    assert_eq!(whole.networks[0].size, 24);
    // A line that a poster outside the photos' family gives too is no family's own (a site's
    // report line under a small corpus's ads): it corroborates nothing.
    let line = (
        plainsight_core::SelectorKind::Phone,
        ". report line ",
        "+442079460999",
    );
    let with_stranger = |contact: (plainsight_core::SelectorKind, &'static str, &'static str)| {
        let mut posts = touring_agency_with(Some(contact));
        let text = own_text(260);
        let parts: Vec<&str> = text.iter().map(String::as_str).collect();
        let mut stranger = post("stranger", &parts, &["+447700990001"]);
        stranger.0.image_hashes = vec![persona_photo(340)];
        append_selector(&mut stranger, contact.0, contact.1, contact.2);
        posts.push(stranger);
        posts
    };
    assert_eq!(
        link_all(&touring_agency_with(Some(line))).network_count(),
        1,
        "the agency split beside its line"
    );
    assert_eq!(
        link_all(&with_stranger(line)).network_count(),
        9,
        "a shared line merged"
    );
    // The agency's booking account names its holder, as a payment account names who is paid:
    // a post giving it under a new number and new photos (a persona the operation just took
    // on) is the agency's.
    let account = (
        plainsight_core::SelectorKind::Handle,
        ". telegram ",
        "@velvet_bookings",
    );
    let joined = link_all(&with_stranger(account));
    assert_eq!(joined.network_count(), 1, "a post naming the account apart");
    assert_eq!(joined.networks[0].size, 25);
}

/// A recruiter's WhatsApp number beside its three rotated calling numbers, each of those
/// written once more on a post whose place was told wrong (the same national digits after
/// another country code; the third twice), and alone on posts that give no calling number.
fn recruiter(misread: bool) -> Vec<(plainsight_core::Post, Vec<plainsight_core::Selector>)> {
    let whatsapp = "+971546511221";
    let calling = ["+212731188187", "+212786615675", "+212661234567"];
    let elsewhere = [
        "+41731188187",
        "+41786615675",
        "+33661234567",
        "+34661234567",
    ];
    let mut posts = Vec::new();
    let mut add = |phones: &[&str]| {
        let i = posts.len();
        let text = own_text(300 + i);
        let parts: Vec<&str> = text.iter().map(String::as_str).collect();
        posts.push(post(&format!("r{i}"), &parts, phones));
    };
    for number in calling {
        for _ in 0..3 {
            add(&[whatsapp, number]);
        }
    }
    for number in elsewhere {
        add(&[whatsapp, if misread { number } else { calling[0] }]);
    }
    for _ in 0..3 {
        add(&[whatsapp]);
    }
    posts
}

/// One number read in two regions is one member of the company its neighbours keep: the
/// four misread calling numbers do not make the recruiter's WhatsApp number look like a
/// line beside seven others (a footer), which left its posts in several networks.
#[test]
fn a_number_read_in_two_regions_is_one_number_beside_a_recruiters_line() {
    for misread in [false, true] {
        let linking = link_all(&recruiter(misread));
        assert_eq!(linking.network_count(), 1, "misread {misread}");
    }
}

/// A recruiter's post: its number and Telegram account, and `extra` (a mailbox at the
/// network's domain, the network's channel, a visa agent's number) when given.
fn recruiter_post(
    id: &str,
    text: usize,
    phone: &str,
    account: &str,
    extra: Option<(plainsight_core::SelectorKind, &str)>,
) -> (plainsight_core::Post, Vec<plainsight_core::Selector>) {
    let text = own_text(text);
    let parts: Vec<&str> = text.iter().map(String::as_str).collect();
    let mut ad = post(id, &parts, &[phone]);
    append_selector(
        &mut ad,
        plainsight_core::SelectorKind::Handle,
        ". telegram ",
        account,
    );
    if let Some(last) = ad.1.last_mut() {
        *last = last
            .clone()
            .with_platform(plainsight_core::Platform::Telegram);
    }
    if let Some((kind, value)) = extra {
        append_selector(&mut ad, kind, ". write ", value);
    }
    ad
}

/// Recruitment network `org`: `people` recruiters, six posts each: two with the recruiter's
/// own mailbox at the network's domain, two with the network's channel, two with neither.
fn recruitment_network(
    org: usize,
    people: usize,
) -> Vec<(plainsight_core::Post, Vec<plainsight_core::Selector>)> {
    use plainsight_core::SelectorKind::{Email, Handle};
    let channel = format!("{}_hr", word(900 + org));
    let mut posts = Vec::new();
    for i in 0..people {
        let phone = format!("+6681555{:02}{:02}", org, i);
        let account = format!("{}{}", word(400 + 10 * org + i), 10 + i);
        let mailbox = format!("hr.{}@{}-jobs.example", word(500 + i), word(950 + org));
        for k in 0..6 {
            let extra = match k {
                0 | 1 => Some((Email, mailbox.as_str())),
                2 | 3 => Some((Handle, channel.as_str())),
                _ => None,
            };
            posts.push(recruiter_post(
                &format!("r{org}-{i}-{k}"),
                300 + 10 * org + i,
                &phone,
                &account,
                extra,
            ));
        }
    }
    posts
}

#[test]
fn a_recruitment_networks_domain_and_channel_beside_its_recruiters_make_it_one_network() {
    // Four recruiters, each with a number and an account of their own, write from their own
    // mailboxes at the network's domain on some posts and give the network's channel on
    // others. Each contact sits beside too many others to be one person's, and the domain's
    // four mailboxes look like a mail host's users; but the channel, written on other posts,
    // sits beside the same four people: the domain is the network's, and so is the channel.
    let posts = recruitment_network(0, 4);
    let linking = link_all(&posts);
    assert_eq!(linking.network_count(), 1, "the network was split");
}

#[test]
fn a_recruitment_network_with_more_contacts_than_a_footer_is_still_one_network() {
    // Thirteen recruiters: the network's domain sits beside their 39 numbers, accounts and
    // mailboxes, and its channel beside 26 of them, more company than a site's footer may
    // have; still the channel, written on other posts, sits beside the domain's people.
    let posts = recruitment_network(0, 13);
    let linking = link_all(&posts);
    assert_eq!(linking.network_count(), 1, "the network was split");
}

#[test]
fn a_channel_some_users_of_a_mail_host_share_does_not_make_the_host_theirs() {
    use plainsight_core::SelectorKind::{Email, Handle};
    // Twelve people who do not know each other write from their own mailboxes at a mail host
    // no list names; four of them also give one job channel, on other posts. The channel sits
    // beside only a third of the host's users: the host joins none of the other eight.
    let channel = format!("{}_jobs", word(930));
    let mut posts = Vec::new();
    for i in 0..12 {
        let phone = format!("+6681556{:04}", i);
        let account = format!("{}{}", word(600 + i), 20 + i);
        let mailbox = format!("{}@{}mail.example", word(700 + i), word(960));
        for k in 0..4 {
            let extra = match k {
                0 | 1 => Some((Email, mailbox.as_str())),
                2 if i < 4 => Some((Handle, channel.as_str())),
                _ => None,
            };
            posts.push(recruiter_post(
                &format!("m{i}-{k}"),
                500 + i,
                &phone,
                &account,
                extra,
            ));
        }
    }
    let linking = link_all(&posts);
    let mut networks: Vec<&str> = (4..12).map(|i| linking.network_of(4 * i)).collect();
    networks.push(linking.network_of(0));
    networks.sort_unstable();
    networks.dedup();
    assert_eq!(networks.len(), 9, "the mail host joined its users");
}

#[test]
fn a_visa_agent_three_networks_name_joins_none_to_another() {
    use plainsight_core::SelectorKind::Phone;
    // Three recruitment networks, and a visa agent's number that each recruiter of the first
    // and one recruiter of each other network give on a post: the agent sits mostly beside
    // the first network's people, but is not the first network's where the others name it.
    let mut posts = Vec::new();
    for org in 1..=3 {
        posts.extend(recruitment_network(org, 4));
    }
    let agent = "+66815559999";
    for (org, i) in [(1, 0), (1, 1), (1, 2), (1, 3), (2, 0), (3, 0)] {
        posts.push(recruiter_post(
            &format!("a{org}-{i}"),
            300 + 10 * org + i,
            &format!("+6681555{:02}{:02}", org, i),
            &format!("{}{}", word(400 + 10 * org + i), 10 + i),
            Some((Phone, agent)),
        ));
    }
    let linking = link_all(&posts);
    assert_eq!(linking.network_count(), 3, "the agent merged the networks");
    for org in 0..3 {
        for k in 0..24 {
            assert_eq!(
                linking.network_of(24 * org + k),
                linking.network_of(24 * org)
            );
        }
    }
}

/// A post of its own wording (`text`) with `phone` and the payment `account` after it.
fn deposit_post(
    id: &str,
    text: usize,
    phone: &str,
    account: Option<&str>,
) -> (plainsight_core::Post, Vec<plainsight_core::Selector>) {
    let text = own_text(text);
    let parts: Vec<&str> = text.iter().map(String::as_str).collect();
    let mut ad = post(id, &parts, &[phone]);
    if let Some(account) = account {
        append_selector(
            &mut ad,
            plainsight_core::SelectorKind::Payment,
            ". deposit first to ",
            account,
        );
        if let Some(last) = ad.1.last_mut() {
            *last = last.clone().with_platform(plainsight_core::Platform::Bank);
        }
    }
    ad
}

#[test]
fn a_deposit_scam_rotating_its_numbers_behind_one_account_is_one_network() {
    // Twelve numbers, three posts each, one after another, and the same bank account on
    // every post: the account sits beside more numbers than one person's phone would, but it
    // is where the money goes.
    let mut posts = Vec::new();
    for i in 0..12 {
        for k in 0..3 {
            posts.push(deposit_post(
                &format!("d{i}-{k}"),
                800 + 3 * i + k,
                &format!("+6681557{:04}", i),
                Some("bank:kbank:3415933981"),
            ));
        }
    }
    let linking = link_all(&posts);
    assert_eq!(linking.network_count(), 1, "the scam was split");
}

#[test]
fn a_hubs_number_read_in_another_country_joins_no_one() {
    for account in [false, true] {
        hub_misread(account);
    }
}

/// Thirty posters give a hub's number; two more give it misread (as their WhatsApp account
/// when `account`).
fn hub_misread(account: bool) {
    // A visa agent's number is given by thirty unrelated posters; two more write it without
    // its country code on a foreign site, where it reads as a number of that country. The
    // misreading is in two posts only, but it is the hub's number: it joins neither poster
    // to the other.
    let mut posts = Vec::new();
    for i in 0..30 {
        posts.push(deposit_post(
            &format!("h{i}"),
            900 + i,
            &format!("+6681558{:04}", i),
            None,
        ));
        let last = posts.last_mut().expect("a post");
        append_selector(
            last,
            plainsight_core::SelectorKind::Phone,
            ". visa ",
            "+48576117130",
        );
    }
    for i in 0..2 {
        for k in 0..2 {
            let mut ad = deposit_post(
                &format!("m{i}-{k}"),
                950 + 2 * i + k,
                &format!("+6681559{:04}", i),
                None,
            );
            if k == 0 {
                let kind = if account {
                    plainsight_core::SelectorKind::Handle
                } else {
                    plainsight_core::SelectorKind::Phone
                };
                append_selector(&mut ad, kind, ". visa ", "+996576117130");
                if account {
                    if let Some(last) = ad.1.last_mut() {
                        *last = last
                            .clone()
                            .with_platform(plainsight_core::Platform::Whatsapp);
                    }
                }
            }
            posts.push(ad);
        }
    }
    let linking = link_all(&posts);
    assert_ne!(
        linking.network_of(30),
        linking.network_of(32),
        "the hub's misread number joined two posters (as an account: {account})"
    );
}

#[test]
fn a_city_shared_by_chance_with_a_poster_of_many_cities_is_no_sign() {
    // An organisation advertises from one number in twenty-four cities; a stranger in one of
    // them shows a picture the organisation also shows once. In a corpus naming so many
    // cities, one city in common is what chance gives a poster of twenty-four: the picture
    // does not join them. Two posters of one city each, showing one picture, still join.
    let shared = persona_photo(410);
    let pair = persona_photo(411);
    let mut posts = Vec::new();
    let mut add = |id: String, who: usize, phone: &str, city: String, photos: Vec<String>| {
        let text = own_text(420 + who);
        let parts: Vec<&str> = text.iter().map(String::as_str).collect();
        let (mut p, s) = post(&id, &parts, &[phone]);
        p.location = Some(city);
        p.image_hashes = photos;
        posts.push((p, s));
    };
    for i in 0..24 {
        let photos = if i == 0 {
            vec![shared.clone()]
        } else {
            vec![persona_photo(430)]
        };
        add(
            format!("o{i}"),
            0,
            "+17135557100",
            format!("{} city", word(440 + i)),
            photos,
        );
    }
    for k in 0..2 {
        add(
            format!("s{k}"),
            1,
            "+17135557101",
            format!("{} city", word(440)),
            vec![shared.clone(), persona_photo(431)],
        );
    }
    for (i, phone) in ["+17135557102", "+17135557103"].iter().enumerate() {
        for k in 0..2 {
            add(
                format!("p{i}-{k}"),
                2 + i,
                phone,
                format!("{} city", word(470)),
                vec![pair.clone(), persona_photo(432 + i)],
            );
        }
    }
    let linking = link_all(&posts);
    assert_ne!(
        linking.network_of(0),
        linking.network_of(24),
        "a city in common by chance joined a stranger to a poster of many cities"
    );
    assert_eq!(
        linking.network_of(26),
        linking.network_of(28),
        "two posters of one city showing one picture were not joined"
    );
}

#[test]
fn an_agencys_booking_id_beside_its_rotated_and_tour_numbers_is_one_network() {
    use plainsight_core::SelectorKind::{Handle, Phone};
    // A booker's LINE id beside four numbers used one after another (each overlapping the
    // next on a post) and five tour numbers per number, each written once: the id sits beside
    // more contacts than one person's, and so does each of its numbers, but everything beside
    // the id is seen together: it is one agency's.
    let mut posts = Vec::new();
    for i in 0..4 {
        for k in 0..6 {
            let mut phones = vec![format!("+6681561{:04}", i)];
            if k == 5 && i < 3 {
                phones.push(format!("+6681561{:04}", i + 1));
            }
            let refs: Vec<&str> = phones.iter().map(String::as_str).collect();
            let text = own_text(500 + 6 * i + k);
            let parts: Vec<&str> = text.iter().map(String::as_str).collect();
            let mut ad = post(&format!("b{i}-{k}"), &parts, &refs);
            if k < 5 {
                append_selector(&mut ad, Phone, ". tour ", &format!("+8529{:03}{:04}", i, k));
            }
            append_selector(&mut ad, Handle, ". line ", "lucky_booker");
            if let Some(last) = ad.1.last_mut() {
                *last = last.clone().with_platform(plainsight_core::Platform::Line);
            }
            posts.push(ad);
        }
    }
    let linking = link_all(&posts);
    assert_eq!(linking.network_count(), 1, "the agency was split");
}

/// A worker (own number, two photos, one city, six posts) and a second poster (own number,
/// both photos, the same city, three posts) that names a bank account when `pays`.
fn worker_and_impostor(pays: bool) -> Vec<(plainsight_core::Post, Vec<plainsight_core::Selector>)> {
    let photos = vec![persona_photo(480), persona_photo(481)];
    let mut posts = Vec::new();
    for k in 0..6 {
        let (mut p, s) = deposit_post(&format!("w{k}"), 600 + k, "+66815620001", None);
        p.location = Some("Pattaya".into());
        p.image_hashes = photos.clone();
        posts.push((p, s));
    }
    for k in 0..3 {
        let account = pays.then_some("bank:kbank:4091281093");
        let (mut p, s) = deposit_post(&format!("i{k}"), 620 + k, "+66815620002", account);
        p.location = Some("Pattaya".into());
        p.image_hashes = photos.clone();
        posts.push((p, s));
    }
    posts
}

#[test]
fn pictures_do_not_join_a_poster_asking_for_payment_to_one_who_does_not() {
    // Without a payment, two photos and a city in common make the two posters one author
    // (an operator's second number); a poster that asks to be paid ahead to an account,
    // showing another's pictures, is an impostor.
    let same = link_all(&worker_and_impostor(false));
    assert_eq!(
        same.network_count(),
        1,
        "two photos and a city did not join"
    );
    let apart = link_all(&worker_and_impostor(true));
    assert_eq!(
        apart.network_count(),
        2,
        "the pictures joined the impostor asking for a deposit to the worker"
    );
}

#[test]
fn pictures_do_not_join_a_poster_asking_for_a_voucher_ahead_to_one_who_does_not() {
    // No account named: the impostor asks for the deposit by a voucher ahead of the meeting.
    let mut posts = worker_and_impostor(false);
    for p in posts.iter_mut().filter(|p| p.0.id.starts_with('i')) {
        let body = p.0.body.get_or_insert_with(String::new);
        body.push_str(". Deposit by Paysafecard before we meet");
    }
    let apart = link_all(&posts);
    assert_eq!(
        apart.network_count(),
        2,
        "the pictures joined the impostor asking for a voucher ahead to the worker"
    );
}

#[test]
fn pictures_do_not_join_an_impostor_asking_ahead_to_an_owner_naming_its_account_too() {
    // Both name the account they are paid to; only the impostor asks for a deposit ahead.
    let mut posts = worker_and_impostor(true);
    for p in posts.iter_mut().filter(|p| p.0.id.starts_with('w')) {
        append_selector(
            p,
            plainsight_core::SelectorKind::Payment,
            ". pay me at the end to ",
            "bank:kbank:4091280001",
        );
        if let Some(last) = p.1.last_mut() {
            *last = last.clone().with_platform(plainsight_core::Platform::Bank);
        }
    }
    let apart = link_all(&posts);
    assert_eq!(
        apart.network_count(),
        2,
        "the pictures joined the impostor asking ahead to the owner"
    );
}

/// Two operators showing their persona's two photos under three numbers and two numbers,
/// and, when `impostor`, a poster showing a photo of each and asking for a deposit ahead.
fn operators_and_impostor(
    impostor: bool,
) -> Vec<(plainsight_core::Post, Vec<plainsight_core::Selector>)> {
    let mut posts = Vec::new();
    for (op, numbers) in [(0usize, 3usize), (1, 2)] {
        let photos = vec![persona_photo(530 + 2 * op), persona_photo(531 + 2 * op)];
        for n in 0..numbers {
            for k in 0..2 {
                let (mut p, s) = deposit_post(
                    &format!("o{op}{n}{k}"),
                    760 + 10 * op + 2 * n + k,
                    &format!("+316123410{op}{n}"),
                    None,
                );
                p.location = Some("Rotterdam".into());
                p.image_hashes = photos.clone();
                posts.push((p, s));
            }
        }
    }
    if impostor {
        let (mut p, s) = deposit_post("imp", 790, "+34623964509", None);
        p.body
            .get_or_insert_with(String::new)
            .push_str(". Deposit by gift card before we meet");
        p.location = Some("Rotterdam".into());
        p.image_hashes = vec![noisy(530, 5), noisy(532, 7)];
        posts.push((p, s));
    }
    posts
}

#[test]
fn an_impostor_showing_two_operators_pictures_does_not_chain_their_families() {
    // An operator's three numbers share the persona's two photos: one author; so do another
    // operator's two. An impostor asking ahead that shows a photo of each is no poster of
    // their families: it does not chain them into one of six, more than an operator's phones,
    // where two photos in common no longer tell one author.
    for impostor in [false, true] {
        let l = link_all(&operators_and_impostor(impostor));
        assert_eq!(l.network_of(0), l.network_of(2), "impostor {impostor}");
        assert_eq!(l.network_of(0), l.network_of(4), "impostor {impostor}");
        assert_eq!(l.network_of(6), l.network_of(8), "impostor {impostor}");
        assert_ne!(l.network_of(0), l.network_of(6), "the operators merged");
        if impostor {
            assert_ne!(l.network_of(0), l.network_of(10), "the impostor joined");
            assert_ne!(l.network_of(6), l.network_of(10), "the impostor joined");
        }
    }
}

/// An owner (phone, a Telegram handle or an address of `kind`, five posts) and an impostor (another phone, four posts
/// copying the owner's, one of them with the owner's handle left in) whose posts ask for a
/// deposit ahead when `asks`.
fn handle_left_in_a_copy(
    asks: bool,
    kind: plainsight_core::SelectorKind,
) -> Vec<(plainsight_core::Post, Vec<plainsight_core::Selector>)> {
    let (lead, value) = match kind {
        plainsight_core::SelectorKind::Email => (". mail ", "kira.kiss78@gmail.com"),
        _ => (". telegram ", "kira_kiss78"),
    };
    let mut posts = Vec::new();
    for k in 0..5 {
        let mut p = deposit_post(&format!("o{k}"), 740 + k, "+31612340002", None);
        append_selector(&mut p, kind, lead, value);
        posts.push(p);
    }
    for k in 0..4 {
        let mut p = deposit_post(&format!("i{k}"), 750 + k, "+34623964516", None);
        if k == 0 {
            append_selector(&mut p, kind, lead, value);
        }
        if asks {
            p.0.body
                .get_or_insert_with(String::new)
                .push_str(". Send the deposit first, then I send the address");
        }
        posts.push(p);
    }
    posts
}

#[test]
fn a_handle_an_impostor_left_in_its_copy_is_the_owners() {
    // A handle beside two numbers is one holder's rotated lines; beside an owner's number and
    // an impostor's that asks to be paid ahead, it was left in a copy of the owner's advert.
    // So is an address.
    for kind in [
        plainsight_core::SelectorKind::Handle,
        plainsight_core::SelectorKind::Email,
    ] {
        let one = link_all(&handle_left_in_a_copy(false, kind));
        assert_eq!(
            one.network_of(0),
            one.network_of(5),
            "{kind:?}'s two numbers did not join"
        );
        let apart = link_all(&handle_left_in_a_copy(true, kind));
        assert_ne!(
            apart.network_of(0),
            apart.network_of(5),
            "the {kind:?} left in a copy joined the impostor to the owner"
        );
        assert_eq!(
            apart.network_of(5),
            apart.network_of(8),
            "the impostor was split"
        );
    }
}

/// An owner (own number, six posts showing photo 490; one more post without contact showing
/// photo 491 alone) and an impostor (own number, three posts showing photo 491, re-encoded;
/// one post without contact showing photo 490), whose posts ask for a deposit ahead when
/// `asks`.
fn owner_and_impostor(asks: bool) -> Vec<(plainsight_core::Post, Vec<plainsight_core::Selector>)> {
    let mut posts = Vec::new();
    for k in 0..6 {
        let text = own_text(700 + k);
        let parts: Vec<&str> = text.iter().map(String::as_str).collect();
        let (mut p, s) = crate::post(&format!("o{k}"), &parts, &["+31612340001"]);
        p.image_hashes = vec![persona_photo(490)];
        posts.push((p, s));
    }
    let text = own_text(710);
    let parts: Vec<&str> = text.iter().map(String::as_str).collect();
    let (mut p, s) = crate::post("o-nocontact", &parts, &[]);
    p.image_hashes = vec![persona_photo(491)];
    posts.push((p, s));
    let deposit = if asks {
        "Deposit by gift card before we meet"
    } else {
        "Looking forward to meeting you"
    };
    for k in 0..3 {
        let text = own_text(720 + k);
        let mut parts: Vec<&str> = text.iter().map(String::as_str).collect();
        parts.push(deposit);
        let (mut p, s) = crate::post(&format!("i{k}"), &parts, &["+34623964515"]);
        p.image_hashes = vec![noisy(491, 6)];
        posts.push((p, s));
    }
    let text = own_text(730);
    let mut parts: Vec<&str> = text.iter().map(String::as_str).collect();
    parts.push(deposit);
    let (mut p, s) = crate::post("i-nocontact", &parts, &[]);
    p.image_hashes = vec![noisy(490, 6)];
    posts.push((p, s));
    posts
}

#[test]
fn a_post_without_contact_joins_a_picture_only_where_it_asks_ahead_as_its_poster_does() {
    // The deposit scam: an impostor shows an owner's pictures under its own number and asks
    // for a deposit ahead. The owner's post without contact showing a picture only the
    // impostor also shows is the owner's, not the impostor's; the impostor's post without
    // contact showing the owner's picture is the impostor's.
    let l = link_all(&owner_and_impostor(true));
    let at = |id: &str| {
        l.networks
            .iter()
            .position(|n| n.posts.iter().any(|p| p.id == id))
    };
    assert_ne!(
        at("o-nocontact"),
        at("i0"),
        "the owner's post joined the impostor"
    );
    assert_ne!(
        at("i-nocontact"),
        at("o0"),
        "the impostor's post joined the owner"
    );
    assert_ne!(at("o0"), at("i0"));
    // Where nobody asks ahead, a picture of one poster is that poster's.
    let l = link_all(&owner_and_impostor(false));
    let at = |id: &str| {
        l.networks
            .iter()
            .position(|n| n.posts.iter().any(|p| p.id == id))
    };
    assert_eq!(at("o-nocontact"), at("i0"));
    assert_eq!(at("i-nocontact"), at("o0"));
}

/// A photo hash `bits` bits away from persona photo `k` (re-encoding noise).
fn noisy(k: usize, bits: usize) -> String {
    let base = persona_photo(k);
    let mut bytes: Vec<u8> = (0..32)
        .map(|i| u8::from_str_radix(&base[2 * i..2 * i + 2], 16).unwrap())
        .collect();
    for b in 0..bits {
        let at = (b * 37 + k) % 256;
        bytes[at / 8] ^= 1 << (at % 8);
    }
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[test]
fn an_operation_changing_numbers_every_few_weeks_is_one_network() {
    // Ten numbers, one after another, two weeks each, every one showing the persona's set of
    // three photos: the photos sit beside ten posters, more than an operator's few phones,
    // but the posters take turns. Ten posters of two stock pictures, all advertising through
    // the same months, stay apart.
    let mut posts = Vec::new();
    for n in 0..10usize {
        for k in 0..3usize {
            let text = own_text(300 + n);
            let parts: Vec<&str> = text.iter().map(String::as_str).collect();
            let phone = format!("+3933340{n:05}");
            let (mut p, s) = post(&format!("op{n:02}{k}"), &parts, &[&phone]);
            let day = (n * 14 + k * 4) as i64;
            p.posted_at = Some(plainsight_core::time::format_rfc3339(
                1_704_067_200 + day * 86_400,
            ));
            p.image_hashes = vec![noisy(40, k), noisy(41, n % 3), noisy(42, k + n)];
            posts.push((p, s));
        }
    }
    for n in 0..10usize {
        for k in 0..3usize {
            let text = own_text(400 + n);
            let parts: Vec<&str> = text.iter().map(String::as_str).collect();
            let phone = format!("+3933350{n:05}");
            let (mut p, s) = post(&format!("st{n:02}{k}"), &parts, &[&phone]);
            let day = (k * 40 + n) as i64;
            p.posted_at = Some(plainsight_core::time::format_rfc3339(
                1_704_067_200 + day * 86_400,
            ));
            // Two stock pictures each: busy posters of a stock pool share two by chance.
            p.image_hashes = vec![noisy(50, k + n), noisy(51, k), noisy(60 + n, k)];
            posts.push((p, s));
        }
    }
    let linking = link_all(&posts);
    let first = linking.network_of(0).to_string();
    assert!(
        (0..30).all(|i| linking.network_of(i) == first),
        "the rotated numbers were split"
    );
    let stock: std::collections::BTreeSet<&str> = (30..60).map(|i| linking.network_of(i)).collect();
    assert_eq!(stock.len(), 10, "the stock picture joined its posters");
}

#[test]
fn an_operation_moving_its_personas_across_six_numbers_is_one_network() {
    // Three personas with three photos each; six numbers one after another, three weeks each,
    // each showing two of the personas. Every photo sits beside four numbers (no more than an
    // operator's few phones), but the numbers chained by the photos are six: a family wider
    // than a second photo is trusted in, unless its posters take turns, as these do.
    let persona = |k: usize| -> Vec<String> { (0..3).map(|j| picture(700 + 3 * k + j)).collect() };
    let mut posts = Vec::new();
    for n in 0..6usize {
        let mut photos = persona(n % 3);
        photos.extend(persona((n + 1) % 3));
        for k in 0..4 {
            let day = (21 * n + 5 * k) as u32;
            let phone = format!("+3933360{n:05}");
            let mut p = agency_post(format!("w{n}d{day}"), n, &phone, day, photos.clone());
            // No place: two numbers of one city would corroborate their photos by that.
            p.0.location = None;
            posts.push(p);
        }
    }
    let linking = link_all(&posts);
    let first = linking.network_of(0).to_string();
    assert!(
        (0..posts.len()).all(|i| linking.network_of(i) == first),
        "the numbers the personas moved across were split"
    );
}

/// A photo hash for picture `k`: 256 bits from a SplitMix64 stream seeded by `k`, so that
/// two pictures differ in about half their bits.
fn picture(k: usize) -> String {
    let mut x = (k as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ 0xD1B5_4A32_D192_ED03;
    (0..4)
        .map(|_| {
            x = x.wrapping_add(0x9E37_79B9_7F4A_7C15);
            let mut z = x;
            z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
            z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
            format!("{:016x}", z ^ (z >> 31))
        })
        .collect()
}

/// A post of poster `who` on `day` (from 2025-01-01, months taken as 28 days) in Beirut,
/// with its own wording, its number and `photos`.
fn agency_post(
    id: String,
    who: usize,
    phone: &str,
    day: u32,
    photos: Vec<String>,
) -> (plainsight_core::Post, Vec<plainsight_core::Selector>) {
    let text = own_text(900 + 40 * who + day as usize);
    let parts: Vec<&str> = text.iter().map(String::as_str).collect();
    let (mut p, s) = post(&id, &parts, &[phone]);
    p.location = Some("Beirut".into());
    p.posted_at = Some(format!(
        "2025-{:02}-{:02}T10:00:00Z",
        day / 28 + 1,
        day % 28 + 1
    ));
    p.image_hashes = photos;
    (p, s)
}

#[test]
fn a_workers_profile_resold_to_another_agency_does_not_join_them() {
    // Two placement agencies of one city advertise all year from their own numbers. Two
    // workers' profiles (a photo each) appear in the first agency's posts until day 90 and in
    // the second's from day 120: the workers were sold on. Their photos say nothing of who
    // the agencies are: the two stay apart. An operator's old number that shows a persona
    // until it stops, and the new number that shows it from its first post on, are still one.
    let resold = [picture(520), picture(521)];
    let mut posts = Vec::new();
    for k in 0..12u32 {
        let day = 10 + 20 * k;
        let mut photos = vec![picture(530 + k as usize)];
        if day <= 90 {
            photos.extend(resold.iter().cloned());
        }
        posts.push(agency_post(format!("a{k}"), 0, "+9613100200", day, photos));
        let mut photos = vec![picture(550 + k as usize)];
        if day + 5 >= 120 {
            photos.extend(resold.iter().cloned());
        }
        posts.push(agency_post(
            format!("b{k}"),
            1,
            "+9613100300",
            day + 5,
            photos,
        ));
    }
    let persona = picture(570);
    for k in 0..5u32 {
        let old = agency_post(
            format!("x{k}"),
            2,
            "+9613100400",
            20 * k,
            vec![persona.clone()],
        );
        let new = agency_post(
            format!("y{k}"),
            3,
            "+9613100500",
            100 + 20 * k,
            vec![persona.clone()],
        );
        posts.push(old);
        posts.push(new);
    }
    // One woman's two numbers, touring a city a post: one of her photos under both by turns,
    // another under the first and later under the second while both go on. Her photos went
    // both ways: nothing was sold on, and the two photos make the numbers one author.
    let (turns, moved) = (picture(580), picture(581));
    let cities = [
        "Kutaisi", "Rustavi", "Batumi", "Gori", "Zugdidi", "Poti", "Telavi", "Borjomi",
    ];
    for k in 0..8u32 {
        let mut photos = vec![picture(590 + k as usize)];
        if matches!(k, 0 | 1 | 4 | 5) {
            photos.push(turns.clone());
        }
        let (who, phone) = if k % 2 == 0 {
            (4, "+995555100200")
        } else {
            (5, "+995555100300")
        };
        if (who == 4 && k < 3) || (who == 5 && k > 4) {
            photos.push(moved.clone());
        }
        let mut p = agency_post(format!("t{k}"), who, phone, 30 * k, photos);
        p.0.location = Some(cities[k as usize].into());
        posts.push(p);
    }
    let linking = link_all(&posts);
    let index = |id: &str| posts.iter().position(|p| p.0.id == id).unwrap();
    assert_eq!(
        linking.network_of(index("t0")),
        linking.network_of(index("t7")),
        "photos shown by turns and handed on were read as sold"
    );
    assert_ne!(
        linking.network_of(index("a0")),
        linking.network_of(index("b11")),
        "a resold worker's photos joined two agencies"
    );
    assert_eq!(
        linking.network_of(index("a0")),
        linking.network_of(index("a11")),
        "the first agency was split"
    );
    assert_eq!(
        linking.network_of(index("x0")),
        linking.network_of(index("y4")),
        "an operator's persona handed from its old number to its new one did not join them"
    );
}

#[test]
fn two_numbers_of_one_persona_in_one_city_written_two_ways_are_one_author() {
    // A persona's photo under two numbers, one writing "Triana, Sevilla" and the other
    // "Sevilla - Triana": one city, which corroborates the photo (the words before the first
    // comma, "triana" and "sevilla triana", had made them two).
    let photo = picture(600);
    let mut posts = Vec::new();
    let places = [
        ("+34611000001", "Triana, Sevilla"),
        ("+34611000002", "Sevilla - Triana"),
    ];
    for (who, (phone, place)) in places.iter().enumerate() {
        for k in 0..2 {
            let text = own_text(1_300 + 10 * who + k);
            let parts: Vec<&str> = text.iter().map(String::as_str).collect();
            let (mut p, s) = post(&format!("s{who}-{k}"), &parts, &[phone]);
            p.location = Some((*place).into());
            p.image_hashes = vec![photo.clone(), picture(610 + 10 * who + k)];
            posts.push((p, s));
        }
    }
    let linking = link_all(&posts);
    assert_eq!(
        linking.network_of(0),
        linking.network_of(2),
        "one city written two ways did not corroborate the photo"
    );
}

/// A post `id` worded `own_text(wording)` with one phone.
fn advert(
    id: &str,
    wording: usize,
    phone: &str,
) -> (plainsight_core::Post, Vec<plainsight_core::Selector>) {
    let text = own_text(wording);
    let parts: Vec<&str> = text.iter().map(String::as_str).collect();
    post(id, &parts, &[phone])
}

/// An employer's six adverts: its switchboard on each, its site on four, its HR mailbox on
/// four. Returns the posts; their wording is `own_text(900 + k)`.
fn employer_with_site(
    switchboard: &str,
    site: &str,
) -> Vec<(plainsight_core::Post, Vec<plainsight_core::Selector>)> {
    (0..6)
        .map(|k| {
            let mut ad = advert(&format!("emp{k}"), 900 + k, switchboard);
            if k % 3 != 2 {
                append_selector(&mut ad, plainsight_core::SelectorKind::Url, ". site ", site);
            }
            if k % 3 != 1 {
                let mail = format!("hr@{site}");
                append_selector(
                    &mut ad,
                    plainsight_core::SelectorKind::Email,
                    ". mail ",
                    &mail,
                );
            }
            ad
        })
        .collect()
}

/// A copy of employer advert `k` word for word, its contact lines replaced by `whatsapp`
/// (and `mail` when given), the employer's `site` kept when given.
fn copy_of_advert(
    k: usize,
    whatsapp: &str,
    mail: Option<&str>,
    site: Option<&str>,
) -> (plainsight_core::Post, Vec<plainsight_core::Selector>) {
    let mut ad = advert(&format!("copy{k}"), 900 + k, whatsapp);
    if let Some(site) = site {
        append_selector(&mut ad, plainsight_core::SelectorKind::Url, ". site ", site);
    }
    if let Some(mail) = mail {
        append_selector(
            &mut ad,
            plainsight_core::SelectorKind::Email,
            ". mail ",
            mail,
        );
    }
    ad
}

/// The employer above and five copies of its adverts by a scammer writing `whatsapp` (and
/// `mail`), two of them keeping the employer's site: linked, each side one network.
fn employer_and_copies(whatsapp: &str, mail: Option<&str>) -> plainsight_link::Linking {
    let site = "harbour-lagoon-hotels.example";
    let mut posts = employer_with_site("+97142345678", site);
    for k in 0..5 {
        posts.push(copy_of_advert(k, whatsapp, mail, (k < 2).then_some(site)));
    }
    let linking = link_all(&posts);
    for k in 1..6 {
        assert_eq!(
            linking.network_of(0),
            linking.network_of(k),
            "the employer split"
        );
    }
    for k in 7..11 {
        assert_eq!(
            linking.network_of(6),
            linking.network_of(k),
            "the copies split"
        );
    }
    linking
}

#[test]
fn a_copy_of_an_employers_advert_with_its_site_kept_cites_the_employer() {
    // A scammer copies an employer's adverts word for word and puts its own WhatsApp number
    // in place of the contact lines; two copies keep the employer's site. The number is of a
    // country where the employer has no line (its lines are those written beside its
    // mailbox): the site does not make the copies the employer's.
    let linking = employer_and_copies("+2348031234567", None);
    assert_ne!(
        linking.network_of(0),
        linking.network_of(6),
        "the kept site made the scammer's copies the employer's"
    );
}

#[test]
fn an_employers_advert_naming_only_its_site_joins_it_beside_a_copy_that_kept_the_site() {
    // The employer's site is its own, however many copies cite it: an advert of the employer
    // that gives no contact but its site joins the employer, and the copies stay apart.
    let site = "harbour-lagoon-hotels.example";
    let mut posts = employer_with_site("+97142345678", site);
    let text = own_text(990);
    let parts: Vec<&str> = text.iter().map(String::as_str).collect();
    let mut bare = post("emp-site-only", &parts, &[]);
    append_selector(
        &mut bare,
        plainsight_core::SelectorKind::Url,
        ". site ",
        site,
    );
    posts.push(bare);
    for k in 0..5 {
        posts.push(copy_of_advert(
            k,
            "+2348031234567",
            None,
            (k < 2).then_some(site),
        ));
    }
    let linking = link_all(&posts);
    assert_eq!(
        linking.network_of(6),
        linking.network_of(0),
        "the advert naming only the site left the employer"
    );
    assert_ne!(
        linking.network_of(7),
        linking.network_of(0),
        "a copy joined the employer"
    );
}

#[test]
fn a_copy_asking_for_mail_elsewhere_cites_the_employer() {
    // The same copies with a number of the employer's own country, but a look-alike
    // free-mail address beside it: an organisation that writes from its own domain does not
    // ask for applications at another host.
    let linking = employer_and_copies(
        "+971501234567",
        Some("harbourlagoon.hr24@fastinbox.example"),
    );
    assert_ne!(
        linking.network_of(0),
        linking.network_of(6),
        "the kept site made the scammer's copies the employer's"
    );
}

#[test]
fn an_agency_line_naming_two_employers_sites_joins_neither() {
    // An agency's line recruits for two employers and names each one's site on some of its
    // posts; each employer has its own line beside its site. The agency cites them: neither
    // employer's site takes in the agency's posts, and the two employers stay apart.
    let agency = "+971509876543";
    let mut posts = Vec::new();
    for (org, line) in [(0usize, "+97143330001"), (1, "+97143330002")] {
        let site = format!("{}-group.example", word(7000 + org));
        for k in 0..4 {
            let mut ad = advert(&format!("o{org}-{k}"), 950 + org * 10 + k, line);
            append_selector(
                &mut ad,
                plainsight_core::SelectorKind::Url,
                ". site ",
                &site,
            );
            posts.push(ad);
        }
        for k in 0..2 {
            let mut ad = advert(&format!("a{org}-{k}"), 980 + org * 10 + k, agency);
            append_selector(&mut ad, plainsight_core::SelectorKind::Url, ". for ", &site);
            posts.push(ad);
        }
    }
    let linking = link_all(&posts);
    assert_eq!(
        linking.network_of(0),
        linking.network_of(3),
        "an employer split"
    );
    assert_eq!(
        linking.network_of(6),
        linking.network_of(9),
        "an employer split"
    );
    assert_ne!(
        linking.network_of(0),
        linking.network_of(6),
        "the agency's line merged two employers"
    );
    assert_ne!(
        linking.network_of(0),
        linking.network_of(4),
        "an employer's site took in the agency's posts"
    );
}

/// A persona advertised under three burner numbers, two posts each, every post giving `page`
/// (a URL on a host no platform list names), each post in its own words; and four other
/// posters, each with a number and a profile of their own on the same host.
fn burners_beside(page: &str) -> Vec<(plainsight_core::Post, Vec<plainsight_core::Selector>)> {
    let numbers = ["+13125550141", "+13125550152", "+13125550163"];
    let mut posts: Vec<_> = (0..6)
        .map(|i| {
            let text = own_text(300 + i);
            let parts: Vec<&str> = text.iter().map(String::as_str).collect();
            let mut p = post(&format!("p{i}"), &parts, &[numbers[i / 2]]);
            append_selector(&mut p, plainsight_core::SelectorKind::Url, ". see ", page);
            p
        })
        .collect();
    for i in 0..4 {
        let text = own_text(320 + i);
        let parts: Vec<&str> = text.iter().map(String::as_str).collect();
        let mut p = post(&format!("other{i}"), &parts, &[&format!("+1415555017{i}")]);
        let profile = format!("fans.example/velvet_{i}{i}");
        append_selector(
            &mut p,
            plainsight_core::SelectorKind::Url,
            ". see ",
            &profile,
        );
        posts.push(p);
    }
    posts
}

#[test]
fn a_profile_on_a_fan_site_names_its_holder_as_a_handle_does() {
    // One account-like path segment on a host many posters use: a link-in-bio or fan-site
    // profile. The persona's three numbers are one network through it; the host's other
    // posters stay apart.
    let profile = link_all(&burners_beside("fans.example/jadexo_88"));
    assert_eq!(profile.network_count(), 5, "the profile's numbers split");
    // A page of the host named in words (its report or rules page) is given by strangers as
    // readily as by one poster: it joins no numbers.
    for page in ["fans.example/report", "fans.example/house-rules"] {
        assert_eq!(link_all(&burners_beside(page)).network_count(), 7, "{page}");
    }
}

/// `n` posters in one city, each with a number of its own and two posts, each showing a
/// picture of its own and the next poster's: a chain of pictures passed from hand to hand,
/// each pair of neighbours sharing one.
fn passed_pictures(n: usize) -> Vec<(plainsight_core::Post, Vec<plainsight_core::Selector>)> {
    let mut posts = Vec::new();
    for i in 0..n {
        for k in 0..2 {
            let text = own_text(600 + 2 * i + k);
            let parts: Vec<&str> = text.iter().map(String::as_str).collect();
            let (mut p, s) = post(
                &format!("c{i}-{k}"),
                &parts,
                &[&format!("+1713555{:04}", 8000 + i)],
            );
            p.location = Some("Houston, TX".into());
            p.image_hashes = vec![persona_photo(500 + i), persona_photo(501 + i)];
            posts.push((p, s));
        }
    }
    posts
}

#[test]
fn a_city_shared_in_a_crowded_photo_family_is_no_sign() {
    // Five posters of one city chained by their pictures: each pair showing one picture in
    // one city is one author (an operator's rotated numbers).
    assert_eq!(link_all(&passed_pictures(5)).network_count(), 1);
    // Thirty: more posters than a footer has company, pictures passed from hand to hand
    // (copycats showing the pictures of those they copy, where those advertise). One picture
    // and a city in common join no two of them.
    let crowded = link_all(&passed_pictures(30));
    assert_eq!(
        crowded.network_count(),
        30,
        "a crowded family merged by its city"
    );
    assert_eq!(crowded.crowded_photo_family.len(), 60);
}

#[test]
fn copied_wording_does_not_settle_a_contested_picture() {
    // An owner advertises a picture under its number, each post opening with its stock
    // paragraph and going on in other words; one post gives the paragraph alone and no
    // contact. A copycat shows the same picture under another number with that paragraph.
    // The picture joins neither poster to the other (nothing corroborates them), and the
    // paragraph, the owner's and the copycat's alike, does not give the owner's contact-less
    // post to the copycat.
    let picture = persona_photo(700);
    let paragraph = own_text(701);
    let ad = |id: &str, parts: &[&str], phones: &[&str], pictures: Vec<String>| {
        let (mut p, s) = post(id, parts, phones);
        p.image_hashes = pictures;
        (p, s)
    };
    let mut posts = Vec::new();
    for k in 0..2 {
        let text: Vec<String> = paragraph
            .iter()
            .cloned()
            .chain((0..3).flat_map(|j| own_text(710 + 3 * k + j)))
            .collect();
        let parts: Vec<&str> = text.iter().map(String::as_str).collect();
        posts.push(ad(
            &format!("owner{k}"),
            &parts,
            &["+13055550140"],
            vec![picture.clone()],
        ));
    }
    let alone: Vec<&str> = paragraph.iter().map(String::as_str).collect();
    posts.push(ad("owner-unsigned", &alone, &[], vec![picture.clone()]));
    posts.push(ad("copy", &alone, &["+13055550188"], vec![picture.clone()]));
    // Posters with nothing in common with anyone: a corpus to count wording in.
    for i in 0..30 {
        let text = own_text(720 + i);
        let parts: Vec<&str> = text.iter().map(String::as_str).collect();
        posts.push(ad(
            &format!("other{i}"),
            &parts,
            &[&format!("+1305555{:04}", 2000 + i)],
            Vec::new(),
        ));
    }
    let linking = link_all(&posts);
    assert_ne!(
        linking.network_of(0),
        linking.network_of(3),
        "the picture joined"
    );
    assert_ne!(
        linking.network_of(2),
        linking.network_of(3),
        "copied wording gave the owner's post to the copycat"
    );
    // A copy without the picture contests nothing: the picture is the owner's alone and
    // gives it the post.
    posts[3].0.image_hashes.clear();
    let linking = link_all(&posts);
    assert_eq!(linking.network_of(2), linking.network_of(0));
    assert_ne!(linking.network_of(2), linking.network_of(3));
}

#[test]
fn a_helplines_site_beside_employers_and_a_boards_line_does_not_merge_the_board() {
    // A job board: thirty posters with their own numbers, three of them employers naming
    // their own domains. Under one ad of each poster the board prints a helpline notice with
    // the helpline's site; under the other, its report line. The two sit beside the same
    // posters on posts of their own, as an organisation's domain and its HR line do, but the
    // site also sits beside the employers' own domains: it is between organisations, no one's,
    // and vouches for nothing.
    let helpline = "linia-libera.example";
    let report = "+18005550199";
    let mut posts = Vec::new();
    for i in 0..30 {
        let phone = format!("+1713555{:04}", 4000 + i);
        for k in 0..2 {
            let text = own_text(400 + 2 * i + k);
            let parts: Vec<&str> = text.iter().map(String::as_str).collect();
            let mut p = if k == 0 {
                post(&format!("b{i}-{k}"), &parts, &[&phone])
            } else {
                post(&format!("b{i}-{k}"), &parts, &[&phone, report])
            };
            if i < 3 {
                let own = format!("{}-jobs.example", word(900 + i));
                append_selector(
                    &mut p,
                    plainsight_core::SelectorKind::Url,
                    ". apply at ",
                    &own,
                );
            }
            if k == 0 {
                append_selector(
                    &mut p,
                    plainsight_core::SelectorKind::Url,
                    ". help: ",
                    helpline,
                );
            }
            posts.push(p);
        }
    }
    let linking = link_all(&posts);
    assert_eq!(
        linking.network_count(),
        30,
        "the helpline's site and the board's line merged its posters"
    );
    for i in 0..30 {
        assert_eq!(linking.network_of(2 * i), linking.network_of(2 * i + 1));
    }
}

/// Posts of `phones` on `day` of March 2025 (each post: its text and its numbers).
fn dated(
    id: &str,
    text: usize,
    phones: &[&str],
    day: u32,
) -> (plainsight_core::Post, Vec<plainsight_core::Selector>) {
    let text = own_text(text);
    let parts: Vec<&str> = text.iter().map(String::as_str).collect();
    let mut p = post(id, &parts, phones);
    p.0.posted_at = Some(format!("2025-03-{day:02}T12:00:00Z"));
    p
}

#[test]
fn a_lasting_mobile_beside_numbers_that_take_turns_is_the_operations() {
    // An operation gives a new number every four days and keeps one mobile throughout,
    // written beside each new number on one post: eight posters (one per rotated number, more
    // company than one person's) beside the lasting line, one after another. Its posters take turns, as
    // an operation's lines do, so the lasting line joins them. The same shape with a
    // toll-free line (a small board's support line beside posters who follow one another)
    // joins nothing, nor does a mobile beside posters who advertise at the same time.
    let shape = |lasting: &str, together: bool, base: usize| {
        let mut posts = Vec::new();
        for k in 0..8u32 {
            let own = format!("+4917{:08}", 10_000_000 + base * 100 + k as usize);
            let day = if together { 1 + k } else { 1 + 4 * k };
            let end = if together { 30 } else { day + 2 };
            posts.push(dated(
                &format!("r{base}-{k}-a"),
                base + 3 * k as usize,
                &[&own],
                day,
            ));
            posts.push(dated(
                &format!("r{base}-{k}-b"),
                base + 3 * k as usize + 1,
                &[&own, lasting],
                day + 1,
            ));
            posts.push(dated(
                &format!("r{base}-{k}-c"),
                base + 3 * k as usize + 2,
                &[&own],
                end,
            ));
        }
        link_all(&posts).network_count()
    };
    assert_eq!(
        shape("+40722100200", false, 500),
        1,
        "the rotation was split"
    );
    assert_eq!(
        shape("+40800100200", false, 600),
        8,
        "a toll-free line joined its posters"
    );
    assert_eq!(
        shape("+40722100300", true, 700),
        8,
        "a mobile beside posters at once joined them"
    );
}
