use crate::{link_all, post};

// The report's own tests (masking, reveal) moved with it to plainsight-output.

fn corpus() -> Vec<(plainsight_core::Post, Vec<plainsight_core::Selector>)> {
    let template = [
        "new in town for a short time only",
        "sweet petite companion near the airport with easy parking",
        "come unwind with a classy lady who knows how to pamper",
    ];
    let places = ["Houston, TX", "Dallas, TX", "Houston, TX", "Austin, TX"];
    let mut posts = Vec::new();
    for k in 0..4 {
        let phone = format!("+1713555{:04}", 10 + k / 2);
        let name = ["Lily", "Rose"][k % 2];
        let intro = format!("{name} is {} and ready", 21 + k);
        let mut parts: Vec<&str> = vec![&intro];
        parts.extend(template.iter().copied());
        let (mut p, s) = post(&format!("A{k}"), &parts, &[&phone]);
        p.location = Some(places[k].to_string());
        p.posted_at = Some(format!("2024-03-0{}T12:00:00Z", k + 1));
        p.site = Some("board.example".into());
        p.title = Some(format!("{name} visiting, call 713"));
        // One photo across both numbers, which both advertise in Houston: wording alone would
        // not join two identities.
        p.image_hashes =
            vec!["f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b22".into()];
        posts.push((p, s));
    }
    let (p, s) = post(
        "B0",
        &["a different poster altogether with her own words"],
        &["+13125550999"],
    );
    posts.push((p, s));
    posts
}

#[test]
fn network_summary_reads_well() {
    let linking = link_all(&corpus());
    assert_eq!(linking.networks.len(), 1);
    insta::assert_snapshot!(serde_json::to_string_pretty(&linking.networks[0]).unwrap());
}
