//! How values leave the engine: masked by default ([`plainsight_core::mask`], the project's one
//! mask), as they are only when the caller explicitly reveals. Every writer goes through these
//! functions, so there is one rule for the report and every export.

use plainsight_core::{mask, Platform, SelectorKind};

/// A selector value as shown: masked unless `reveal`.
pub fn value(value: &str, reveal: bool) -> String {
    if reveal {
        value.to_string()
    } else {
        mask(value)
    }
}

/// A selector's kind with its platform (`handle/instagram`), the label every output uses.
pub fn kind(kind: SelectorKind, platform: Option<Platform>) -> String {
    match platform {
        Some(p) => format!("{kind}/{}", p.as_str()),
        None => kind.to_string(),
    }
}

/// Titles and templates may carry numbers written out: every ASCII digit is hidden unless
/// revealing.
pub fn text(t: &str, reveal: bool) -> String {
    if reveal {
        t.to_string()
    } else {
        t.chars()
            .map(|c| if c.is_ascii_digit() { '•' } else { c })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn masked_unless_revealed() {
        assert_eq!(value("+17135550123", false), "+171*******3");
        assert_eq!(value("+17135550123", true), "+17135550123");
        assert_eq!(text("call 713", false), "call •••");
        assert_eq!(text("call 713", true), "call 713");
        assert_eq!(
            kind(SelectorKind::Handle, Some(Platform::Instagram)),
            "handle/instagram"
        );
    }
}
