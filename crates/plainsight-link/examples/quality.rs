//! Links a synthetic corpus with the truth's selectors (a perfect extractor) and prints
//! pairwise and B-cubed scores, next to the phones-only baseline.
//! `cargo run --release -p plainsight-link --example quality -- POSTS SEED...`

use plainsight_core::SelectorKind;
use plainsight_link::{eval, LinkConfig, Linker, PostFeatures};
use plainsight_synth::{Generator, SynthConfig};
use std::time::Instant;

fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let posts: usize = args
        .first()
        .map(|s| s.parse())
        .transpose()?
        .unwrap_or(20_000);
    let seeds: Vec<u64> = if args.len() > 1 {
        args[1..]
            .iter()
            .map(|s| s.parse())
            .collect::<Result<_, _>>()?
    } else {
        vec![1, 2, 3]
    };
    for seed in seeds {
        let g = Generator::new(SynthConfig {
            seed,
            posts,
            ..SynthConfig::default()
        });
        let t0 = Instant::now();
        let mut linker = Linker::new(LinkConfig::default());
        let mut truth = Vec::new();
        let mut phone_only = Linker::new(LinkConfig {
            weights: plainsight_link::Weights {
                image: 0.0,
                text: 0.0,
                ..Default::default()
            },
            spread_penalty: 0.0,
            ..LinkConfig::default()
        });
        for (post, t) in g.iter() {
            let f = PostFeatures::from_post(&post, &t.selectors);
            // Baseline: the poster's own phones only, known perfectly (no footer).
            let own: Vec<_> = t
                .contact
                .iter()
                .map(|&i| t.selectors[i].clone())
                .filter(|s| s.kind == SelectorKind::Phone)
                .collect();
            let fp = PostFeatures::from_post(&post, &own);
            linker.add(f)?;
            phone_only.add(fp)?;
            truth.push((t.id, t.network));
        }
        let t1 = Instant::now();
        let linking = linker.link();
        let t2 = Instant::now();
        let base = phone_only.link();
        let tr = || truth.iter().map(|(a, b)| (a.as_str(), b.as_str()));
        let s = eval::score(tr(), linking.assignments());
        let b = eval::score(tr(), base.assignments());
        println!(
            "seed {seed} posts {posts} true {} pred {}: pairwise P {:.4} R {:.4} F1 {:.4} | bcubed P {:.4} R {:.4} F1 {:.4} | phones-only pairwise F1 {:.4} bcubed F1 {:.4} | features {:.2}s link {:.2}s",
            s.true_networks, s.predicted_networks,
            s.pairwise.precision, s.pairwise.recall, s.pairwise.f1,
            s.bcubed.precision, s.bcubed.recall, s.bcubed.f1,
            b.pairwise.f1, b.bcubed.f1,
            (t1 - t0).as_secs_f64(), (t2 - t1).as_secs_f64()
        );
    }
    Ok(())
}
