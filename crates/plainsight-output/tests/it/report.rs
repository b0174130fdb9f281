use crate::{corpus, networks};
use plainsight_output::{render, ReportOptions};

#[test]
fn report_masks_selectors_unless_revealed() {
    let nets = networks(&corpus());
    assert_eq!(nets.len(), 1);
    let masked = render(&nets, &ReportOptions::default());
    assert!(!masked.contains("+17135550010"));
    assert!(!masked.contains("call 713"));
    assert!(masked.contains("+171*******0"));
    let revealed = render(
        &nets,
        &ReportOptions {
            reveal: true,
            ..ReportOptions::default()
        },
    );
    assert!(revealed.contains("+17135550010"));
    assert!(!revealed.contains("<script"));
}

#[test]
fn report_shows_region_sources_and_ambiguous_numbers_masked() {
    use plainsight_core::network::{AmbiguousPhone, PhoneRegions};
    use plainsight_core::{Field, RegionSource};
    let nets = networks(&corpus());
    let mut phones = PhoneRegions::default();
    phones.add_source("+17135550010", RegionSource::Location);
    phones.add_source("+17135550010", RegionSource::Location);
    phones.add_source("+17135550010", RegionSource::CallingCode);
    phones.add_ambiguous(AmbiguousPhone {
        post: "Z<4>".into(),
        network: Some(nets[0].network.clone()),
        field: Field::Body,
        start: 8,
        end: 20,
        raw: "612 555 0199".into(),
        regions: vec!["MX".into(), "US".into()],
    });
    let page =
        plainsight_output::render_with_phones(&nets, Some(&phones), &ReportOptions::default());
    assert!(page.contains("Phones: where the region came from"));
    assert!(page.contains("<td class=\"mono\">location</td><td>2</td>"));
    assert!(page.contains("<td class=\"mono\">calling_code</td><td>1</td>"));
    assert!(page.contains("+171*******0 ×2 · region: location ×2, calling_code ×1"));
    assert!(page.contains("Ambiguous numbers (1)"));
    assert!(page.contains("Z&lt;4&gt;"), "post ids escaped");
    assert!(page.contains(&format!("<a href=\"#{0}\">{0}</a>", nets[0].network)));
    assert!(page.contains("MX, US"));
    assert!(!page.contains("555 0199"), "ambiguous numbers masked");
    let revealed = plainsight_output::render_with_phones(
        &nets,
        Some(&phones),
        &ReportOptions {
            reveal: true,
            ..ReportOptions::default()
        },
    );
    assert!(revealed.contains("612 555 0199"));
    // Without phone notes the section is left out, not shown empty.
    assert!(!render(&nets, &ReportOptions::default()).contains("Phones: where"));
}

/// With referral lists (`link --out --services`), the network's section has "Help near this
/// network" after its movement, every directory string escaped; networks without a list and
/// reports without a directory have no such section.
#[test]
fn report_shows_help_near_a_network_escaped() {
    use plainsight_output::help::{Help, HelpCategory, HelpPlace, HelpService};
    let nets = networks(&corpus());
    assert!(!render(&nets, &ReportOptions::default()).contains("Help near this network"));
    let help = Help {
        directory_services: 1,
        per_category: 3,
        places: vec![HelpPlace {
            place: "Houston (US)".into(),
            categories: vec![HelpCategory {
                category: "shelter".into(),
                title: "Shelter / safe housing".into(),
                services: vec![HelpService {
                    service: "Night <shelter>".into(),
                    organization: "<script>alert(1)</script> Aid".into(),
                    distance_km: 1.2,
                    phones: vec!["+17135550100".into()],
                    emails: vec!["a&b@example.org".into()],
                    source: "sheet\".csv".into(),
                    ..HelpService::default()
                }],
            }],
        }],
        ..Help::default()
    };
    let mut opts = ReportOptions::default();
    opts.help.insert(nets[0].network.clone(), help);
    let page = render(&nets, &opts);
    let section = &page[page.find(&format!("id=\"{}\"", nets[0].network)).unwrap()..];
    let at = section.find("<h3>Help near this network</h3>").unwrap();
    assert!(section.find("<h3>Movement").is_none_or(|m| m < at));
    assert!(page.contains("<caption>Houston (US)</caption>"));
    assert!(page.contains("&lt;script&gt;alert(1)&lt;/script&gt; Aid"));
    assert!(page.contains("Night &lt;shelter&gt;"));
    assert!(page.contains("+17135550100<br>a&amp;b@example.org"));
    assert!(page.contains("sheet&quot;.csv"));
    assert!(!page.contains("<script") && !page.contains("<shelter>"));
    // Contacts of services are directory data, shown whether or not selectors are revealed.
    assert!(page.contains("1.2 km"));
}
