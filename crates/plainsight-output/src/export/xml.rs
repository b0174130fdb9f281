//! XML text for GEXF and GraphML: every string escaped, characters XML 1.0 forbids replaced.

/// Escapes `s` for use in XML character data or a double- or single-quoted attribute value.
///
/// `&`, `<`, `>`, `"` and `'` become entities; tab, newline and carriage return become
/// character references (an attribute value would otherwise be normalized to spaces); the
/// other control characters and U+FFFE/U+FFFF, which XML 1.0 forbids even as references
/// (<https://www.w3.org/TR/xml/#charsets>), become U+FFFD so a hostile title cannot make the
/// file unreadable.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' => out.push_str("&#9;"),
            '\n' => out.push_str("&#10;"),
            '\r' => out.push_str("&#13;"),
            '\u{0}'..='\u{1f}' | '\u{fffe}' | '\u{ffff}' => out.push('\u{fffd}'),
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::escape;

    #[test]
    fn escapes_markup_and_forbidden_characters() {
        assert_eq!(
            escape("<a href=\"x\">'&'</a>"),
            "&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;"
        );
        assert_eq!(escape("a\tb\nc\rd"), "a&#9;b&#10;c&#13;d");
        assert_eq!(
            escape("x\u{0}y\u{1b}z\u{ffff}"),
            "x\u{fffd}y\u{fffd}z\u{fffd}"
        );
        assert_eq!(escape("Zoë 🌹 ok"), "Zoë 🌹 ok");
    }
}
