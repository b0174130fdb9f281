use plainsight_link::{LinkConfig, Linker, PostFeatures};
use plainsight_synth::{Generator, SynthConfig};
use std::collections::{BTreeMap, BTreeSet};
fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let posts: usize = args[0].parse().unwrap();
    let seed: u64 = args[1].parse().unwrap();
    let g = Generator::new(SynthConfig {
        seed,
        posts,
        ..SynthConfig::default()
    });
    let mut l = Linker::new(LinkConfig::default());
    let mut truth = BTreeMap::new();
    for (p, t) in g.iter() {
        l.add(PostFeatures::from_post(&p, &t.selectors)).unwrap();
        truth.insert(t.id.clone(), (t.network.clone(), t.role));
    }
    let linking = l.link();
    for n in &linking.networks {
        let nets: BTreeSet<_> = n.posts.iter().map(|p| truth[&p.id].clone()).collect();
        if nets.len() > 1 {
            println!(
                "{} size {} true {:?}",
                n.network,
                n.size,
                nets.iter().take(6).collect::<Vec<_>>()
            );
            println!(
                "  evidence {:?}",
                n.evidence
                    .iter()
                    .map(|e| (e.kind.as_str(), e.items, e.weight))
                    .collect::<Vec<_>>()
            );
            let mut per: BTreeMap<String, (BTreeSet<String>, usize)> = BTreeMap::new();
            for p in &n.posts {
                for k in &p.selectors {
                    let e = per.entry(format!("{:?}", k)).or_default();
                    e.0.insert(truth[&p.id].0.clone());
                    e.1 += 1;
                }
            }
            for (k, (nets, c)) in per {
                if nets.len() > 1 {
                    println!("  {k} posts {c} true networks {}", nets.len());
                }
            }
        }
    }
}
