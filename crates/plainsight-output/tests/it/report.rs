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
