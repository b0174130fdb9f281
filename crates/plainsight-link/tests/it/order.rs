use plainsight_link::{LinkConfig, Linker, PostFeatures};
use plainsight_synth::{generate, SynthConfig};
use proptest::prelude::*;
use std::collections::BTreeMap;

fn assignment(
    corpus: &[(plainsight_core::Post, plainsight_synth::Truth)],
) -> BTreeMap<String, String> {
    let mut l = Linker::new(LinkConfig::default());
    for (p, t) in corpus {
        l.add(PostFeatures::from_post(p, &t.selectors)).unwrap();
    }
    l.link()
        .assignments()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(6))]
    /// Shuffling the input changes no network, not even its id.
    #[test]
    fn shuffling_the_input_changes_nothing(seed in any::<u64>()) {
        let corpus = generate(SynthConfig { seed: 5, posts: 700, ..SynthConfig::default() });
        let base = assignment(&corpus);
        let mut shuffled = corpus.clone();
        let mut s = seed | 1;
        for i in (1..shuffled.len()).rev() {
            s ^= s << 13; s ^= s >> 7; s ^= s << 17;
            shuffled.swap(i, (s % (i as u64 + 1)) as usize);
        }
        prop_assert_eq!(assignment(&shuffled), base);
    }
}

#[test]
fn carried_ids_survive_a_new_batch() {
    let corpus = generate(SynthConfig {
        seed: 9,
        posts: 2000,
        ..SynthConfig::default()
    });
    let mut l = Linker::new(LinkConfig::default());
    for (p, t) in &corpus[..1800] {
        l.add(PostFeatures::from_post(p, &t.selectors)).unwrap();
    }
    let first: std::collections::HashMap<String, String> = l
        .link()
        .assignments()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect();
    let mut same = l.link();
    same.carry_ids(&first, 0);
    assert!(same
        .assignments()
        .all(|(id, net)| first.get(id).is_some_and(|o| o == net)));
    for (p, t) in &corpus[1800..] {
        l.add(PostFeatures::from_post(p, &t.selectors)).unwrap();
    }
    let mut second = l.link();
    second.carry_ids(&first, 0);
    // Posts keep their network id unless the new batch really changed their network (joined
    // two earlier networks through new evidence).
    let mut kept = 0;
    let mut total = 0;
    for (id, net) in second.assignments() {
        if let Some(old) = first.get(id) {
            total += 1;
            kept += usize::from(old == net);
        }
    }
    assert!(kept * 100 >= total * 90, "{kept}/{total}");
}
