//! Throughput of the two views on synthetic ad-like text (plain ASCII, ASCII with emoji and
//! accents, obfuscated Unicode, HTML).

use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};
use plainsight_text::{digit_view, digit_view_of, fold};

fn corpus(kind: &str) -> String {
    let post = match kind {
        "ascii" => "New in town, sweet and fun. Available 24/7, incall/outcall. Call or text 713-555-0123, $200/hr, 22 yo, 5'6\" 120 lbs. Ask for Lily. ",
        "emoji" => "Nueva en la ciudad 🌹 café y señora, très jolie ❤ 22 años. Llama 713-555-0123 💋 ",
        "obfuscated" => "Ｎｅｗ in town 🌹 Ѕwееt уоung! call ７one３ five5five o1two3 or 𝟖𝟑𝟐 ⑤⑤⑤ ٠١٩٩, seventy one double five, 7️⃣1️⃣3️⃣ li\u{200B}ly ",
        _ => "<div class=\"ad\"><p>New in town &amp; fun</p><span>call 713&#45;555&#x2D;0123</span><script>var x=1;</script><br/>Ask for Lily&nbsp;&#x1F339;</div>\n",
    };
    post.repeat((1 << 20) / post.len())
}

fn bench(c: &mut Criterion) {
    let mut g = c.benchmark_group("normalize");
    for kind in ["ascii", "emoji", "obfuscated", "html"] {
        let text = corpus(kind);
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_function(format!("fold/{kind}"), |b| {
            b.iter(|| fold(black_box(&text)))
        });
        g.bench_function(format!("digit_view/{kind}"), |b| {
            b.iter(|| digit_view(black_box(&text)))
        });
        // What the extract stage pays for the digit view when it already holds the fold.
        let folded = fold(&text);
        g.bench_function(format!("digit_view_of/{kind}"), |b| {
            b.iter(|| digit_view_of(black_box(&folded)))
        });
    }
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
