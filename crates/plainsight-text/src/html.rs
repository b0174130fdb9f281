//! HTML as text: a break or a block's edge ends a line (once, however many tags and source
//! newlines write it), cells, comments and unknown tags become one space, inline tags
//! (`span`, `b`, `a`, `font`…, the HTML Living Standard's phrasing content, §3.2.5.2.5) become
//! nothing — so `lily<span>22</span>@gmail.com` reads `lily22@gmail.com` as a browser renders
//! it — script/style content is dropped, and character references are decoded. Follows the HTML Living Standard's tokenizer in spirit (§13.2.5), not
//! to the letter: scraped bodies are often broken markup, so anything that does not look like a
//! tag or a reference is kept as text.

use crate::Piece;

/// Longest tag we accept; a `<` with no `>` within this many bytes is text ("I <3 you").
const MAX_TAG: usize = 4096;
/// How many levels of double-escaping (`&amp;amp;`) are undone.
const MAX_REESCAPE: usize = 8;

pub(crate) fn decode(raw: &str) -> Vec<Piece> {
    let bytes = raw.as_bytes();
    let mut out: Vec<Piece> = Vec::with_capacity(raw.len());
    let mut no_comment_end = None;
    // A break renders once however it is written: a block's tag beside another or beside a
    // newline of the source ("<br>\n", "</p><p>", "\n<br>") ends one line, the rest is the
    // whitespace a browser collapses. Whether the line has text since its last break, and
    // whether that break was a tag's.
    let mut line_has_text = false;
    let mut tag_broke = false;
    // Pieces pushed since the flags were last brought up to date (a link's target is several).
    let mut seen = 0;
    let mut i = 0;
    while i < bytes.len() {
        for p in &out[seen..] {
            if p.c == '\n' {
                line_has_text = false;
            } else if !p.c.is_whitespace() {
                line_has_text = true;
            }
        }
        seen = out.len();
        match bytes[i] {
            b'<' => {
                if let Some((end, render)) = tag_end(raw, i, &mut no_comment_end) {
                    // A link's target is text a reader can follow ("<a href=…>Book now</a>"):
                    // its address, between spaces, stands where the tag was.
                    if let Some((vs, ve)) = link_target(raw, i, end) {
                        out.push(Piece {
                            c: ' ',
                            s: i as u32,
                            e: vs as u32,
                        });
                        for (k, c) in raw[vs..ve].char_indices() {
                            out.push(Piece {
                                c,
                                s: (vs + k) as u32,
                                e: (vs + k + c.len_utf8()) as u32,
                            });
                        }
                        out.push(Piece {
                            c: ' ',
                            s: ve as u32,
                            e: end as u32,
                        });
                        i = end;
                        continue;
                    }
                    // An inline tag renders as nothing: its bytes map to no view byte, as an
                    // invisible character's do. A break or a block's edge ends the line, as a
                    // reader sees it.
                    let c = match render {
                        Render::Nothing => None,
                        Render::Space => Some(' '),
                        Render::Line if line_has_text => Some('\n'),
                        Render::Line => Some(' '),
                    };
                    if c == Some('\n') {
                        tag_broke = true;
                    }
                    if let Some(c) = c {
                        out.push(Piece {
                            c,
                            s: i as u32,
                            e: end as u32,
                        });
                    }
                    i = end;
                    continue;
                }
            }
            b'&' => {
                if let Some((c, end)) = reference(raw, i) {
                    out.push(Piece {
                        c,
                        s: i as u32,
                        e: end as u32,
                    });
                    i = end;
                    continue;
                }
            }
            _ => {}
        }
        // Not markup: copy one char.
        let mut c = raw[i..].chars().next().unwrap_or('\u{FFFD}');
        let e = i + c.len_utf8();
        if c == '\n' {
            if !line_has_text && tag_broke {
                c = ' ';
            } else {
                tag_broke = false;
            }
        }
        out.push(Piece {
            c,
            s: i as u32,
            e: e as u32,
        });
        i = e;
    }
    out
}

/// Phrasing-content elements that browsers render inline, without a break: their tags are
/// dropped without a trace. Sorted for binary search (a unit test checks). Block elements (`p`,
/// `div`, `br`, `li`, `td`, `tr`, `h1`–`h6`, `hr`, `table`…) and unknown tags stay a separator.
const INLINE: &[&str] = &[
    "a", "abbr", "acronym", "b", "bdi", "bdo", "big", "cite", "code", "data", "del", "dfn", "em",
    "font", "i", "ins", "kbd", "mark", "nobr", "q", "s", "samp", "small", "span", "strike",
    "strong", "sub", "sup", "time", "tt", "u", "var", "wbr",
];

fn is_inline(name: &[u8]) -> bool {
    listed(INLINE, name)
}

/// Whether a tag's name, any case, is in `table` (sorted, lower case, names of ten letters at
/// most).
fn listed(table: &[&str], name: &[u8]) -> bool {
    const LONGEST: usize = 10;
    if name.is_empty() || name.len() > LONGEST {
        return false;
    }
    let mut lower = [0u8; LONGEST];
    for (l, c) in lower.iter_mut().zip(name) {
        *l = c.to_ascii_lowercase();
    }
    let lower = &lower[..name.len()];
    table.binary_search_by(|n| n.as_bytes().cmp(lower)).is_ok()
}

/// Whether `raw` (a stretch of a field as written) breaks the line where a reader sees it: a
/// newline, or a tag that renders as a break or a block (`<br>`, `<p>`, `</div>`, `<li>`), not
/// an inline one (`<b>`, `<span>`).
pub fn breaks_line(raw: &str) -> bool {
    if raw.contains('\n') {
        return true;
    }
    let mut no_comment_end = None;
    raw.match_indices('<').any(|(i, _)| {
        tag_end(raw, i, &mut no_comment_end).is_some_and(|(_, r)| r != Render::Nothing)
    })
}

/// What a tag renders as in the text.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Render {
    /// An inline element's tag (see [`INLINE`]).
    Nothing,
    /// A separator: a cell, a comment, an unknown tag, a script.
    Space,
    /// A break or a block's edge (see [`LINE`]).
    Line,
}

/// Elements that end a line where they open or close: a break and the blocks that stack their
/// content (the HTML Living Standard's rendering section, §15.3.3, displays them as blocks).
/// Sorted for binary search (a unit test checks). Cells (`td`, `th`) sit side by side: a space.
const LINE: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "br",
    "dd",
    "div",
    "dl",
    "dt",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hr",
    "li",
    "main",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "table",
    "tr",
    "ul",
];

fn render(name: &[u8]) -> Render {
    if is_inline(name) {
        Render::Nothing
    } else if listed(LINE, name) {
        Render::Line
    } else {
        Render::Space
    }
}

/// If a tag (or comment, or a script/style element) starts at `i`, the byte after it and what
/// it renders as.
fn tag_end(raw: &str, i: usize, no_comment_end: &mut Option<usize>) -> Option<(usize, Render)> {
    let b = raw.as_bytes();
    let next = *b.get(i + 1)?;
    if raw[i..].starts_with("<!--") {
        // An unterminated comment is text; once "-->" is known to be absent after some
        // position, later comments are not searched again (linear on "<!--<!--<!--...").
        if no_comment_end.is_some_and(|p| p <= i) {
            return None;
        }
        let found = raw[i + 4..].find("-->").map(|p| i + 4 + p + 3);
        if found.is_none() {
            *no_comment_end = Some(i);
        }
        return found.map(|end| (end, Render::Space));
    }
    let closing = next == b'/';
    let name_start = if closing { i + 2 } else { i + 1 };
    let first = *b.get(name_start)?;
    if !(first.is_ascii_alphabetic() || (!closing && (next == b'!' || next == b'?'))) {
        return None;
    }
    // Scan to '>' outside quotes; a new '<' means this was not a tag.
    let mut quote = 0u8;
    let mut j = name_start;
    let limit = (i + MAX_TAG).min(b.len());
    let end = loop {
        if j >= limit {
            return None;
        }
        let c = b[j];
        if c == b'<' {
            // Even inside quotes: keeps the scan linear on hostile input ("<a x='<a x='...").
            return None;
        }
        if quote != 0 {
            if c == quote {
                quote = 0;
            }
        } else if c == b'"' || c == b'\'' {
            // Quotes only open inside attributes (after '='), so "don't" in text is no quote.
            if j > 0 && b[j - 1] == b'=' {
                quote = c;
            }
        } else if c == b'>' {
            break j + 1;
        }
        j += 1;
    };
    let name_end = b[name_start..end]
        .iter()
        .position(|c| !c.is_ascii_alphanumeric())
        .map_or(end, |p| name_start + p);
    // A tag's name ends at a space, '/' or '>': "<lily@mail.com>" and "<www.site.com>" are
    // text in angle brackets, not tags.
    if first.is_ascii_alphabetic()
        && !matches!(b[name_end], b' ' | b'\t' | b'\r' | b'\n' | b'/' | b'>')
    {
        return None;
    }
    let name = &raw[name_start..name_end];
    // "lola37 <at> outlook <dot> com": an address's "@" and dots spelled in angle brackets are
    // text, not tags (no HTML element has these names).
    if !closing
        && name_end + 1 == end
        && [
            "at", "dot", "punto", "ponto", "point", "punkt", "punt", "arroba", "arobase",
        ]
        .iter()
        .any(|w| name.eq_ignore_ascii_case(w))
    {
        return None;
    }
    if !closing {
        for raw_text in ["script", "style"] {
            if name.eq_ignore_ascii_case(raw_text) {
                // Raw-text element: everything to its end tag is not text.
                return Some((
                    find_end_tag(raw, end, raw_text).unwrap_or(raw.len()),
                    Render::Space,
                ));
            }
        }
    }
    Some((end, render(name.as_bytes())))
}

/// Longest link target taken from an `href`.
const MAX_HREF: usize = 2048;

/// The byte range of the `href` value of the `<a …>` tag at `i..end`, when it is a web address,
/// a mail link or a number to call or text (`http://`, `https://`, `www.`, `mailto:`, `tel:`,
/// `sms:`): a click-to-call link often holds the number with its calling code while the text
/// shows it nationally (`<a href="tel:+9611125530">01125530</a>`).
fn link_target(raw: &str, i: usize, end: usize) -> Option<(usize, usize)> {
    let tag = &raw.as_bytes()[i..end];
    if tag.len() < 4 || !tag[1].eq_ignore_ascii_case(&b'a') || !tag[2].is_ascii_whitespace() {
        return None;
    }
    let mut j = 2;
    while j + 4 < tag.len() {
        if tag[j - 1].is_ascii_whitespace() && tag[j..j + 4].eq_ignore_ascii_case(b"href") {
            let mut k = j + 4;
            while k < tag.len() && tag[k].is_ascii_whitespace() {
                k += 1;
            }
            if tag.get(k) != Some(&b'=') {
                j += 1;
                continue;
            }
            k += 1;
            while k < tag.len() && tag[k].is_ascii_whitespace() {
                k += 1;
            }
            let quote = match tag.get(k) {
                Some(&q @ (b'"' | b'\'')) => {
                    k += 1;
                    Some(q)
                }
                _ => None,
            };
            let vs = k;
            while k < tag.len()
                && match quote {
                    Some(q) => tag[k] != q,
                    None => !tag[k].is_ascii_whitespace() && tag[k] != b'>',
                }
            {
                k += 1;
            }
            let value = &tag[vs..k];
            let web = ["http://", "https://", "www.", "mailto:", "tel:", "sms:"]
                .iter()
                .any(|p| {
                    value
                        .get(..p.len())
                        .is_some_and(|v| v.eq_ignore_ascii_case(p.as_bytes()))
                });
            let web = web || host_first(value);
            return (web && k > vs && k - vs <= MAX_HREF).then_some((i + vs, i + k));
        }
        j += 1;
    }
    None
}

/// Whether an `href` value is an address written without its scheme: a host of two labels or
/// more whose last is letters (a top-level domain), then a path (`wa.me/4917…`,
/// `t.me/lena_vip`, `lena-escort.de/kontakt`). Browsers take it for a page of the site, but
/// whoever wrote it meant the address, and it is often the only place an ad's WhatsApp number
/// or account is given. A page of the site (`/listing/123`, `profile.php?id=3`, `kontakt.html`)
/// has no such host before its first slash.
fn host_first(value: &[u8]) -> bool {
    let Some(slash) = value.iter().position(|&b| b == b'/') else {
        return false;
    };
    let host = &value[..slash];
    let mut labels = host.split(|&b| b == b'.');
    let all_labels = labels.clone().count() >= 2
        && labels.all(|l| {
            !l.is_empty()
                && l.len() <= 63
                && l.iter().all(|b| b.is_ascii_alphanumeric() || *b == b'-')
                && l[0] != b'-'
        });
    let tld = host.rsplit(|&b| b == b'.').next().unwrap_or_default();
    all_labels && tld.len() >= 2 && tld.iter().all(u8::is_ascii_alphabetic)
}

/// The byte after `</name ...>` at or after `from`, matching the name case-insensitively.
fn find_end_tag(raw: &str, from: usize, name: &str) -> Option<usize> {
    let b = raw.as_bytes();
    let mut j = from;
    while j + 2 + name.len() <= b.len() {
        let p = raw[j..].find("</")? + j;
        let after = p + 2 + name.len();
        if after <= b.len() && b[p + 2..after].eq_ignore_ascii_case(name.as_bytes()) {
            return Some(raw[after..].find('>').map_or(raw.len(), |q| after + q + 1));
        }
        j = p + 2;
    }
    None
}

/// If a character reference starts at `i` (`&name;`, `&#64;`, `&#x40;`), the char and the byte
/// after it. Double escapes (`&amp;#64;`) are undone up to [`MAX_REESCAPE`] levels.
fn reference(raw: &str, i: usize) -> Option<(char, usize)> {
    let (mut c, mut end) = reference_body(raw, i + 1)?;
    for _ in 0..MAX_REESCAPE {
        if c != '&' {
            break;
        }
        match reference_body(raw, end) {
            Some((c2, end2)) => {
                c = c2;
                end = end2;
            }
            None => break,
        }
    }
    Some((c, end))
}

/// Parses what follows a `&` at byte `j`.
fn reference_body(raw: &str, j: usize) -> Option<(char, usize)> {
    let b = raw.as_bytes();
    if *b.get(j)? == b'#' {
        let (radix, digits_start) = match b.get(j + 1) {
            Some(b'x' | b'X') => (16, j + 2),
            _ => (10, j + 1),
        };
        let digits_len = b[digits_start..]
            .iter()
            .take(9)
            .take_while(|c| c.is_ascii_digit() || (radix == 16 && c.is_ascii_hexdigit()))
            .count();
        if digits_len == 0 || digits_len > 8 {
            return None;
        }
        let digits = &raw[digits_start..digits_start + digits_len];
        let value = u32::from_str_radix(digits, radix).ok()?;
        // Invalid code points (NUL, surrogates, beyond U+10FFFF) become U+FFFD, as in HTML.
        let c = char::from_u32(value)
            .filter(|&c| c != '\0')
            .unwrap_or('\u{FFFD}');
        let mut end = digits_start + digits_len;
        if b.get(end) == Some(&b';') {
            end += 1;
        }
        return Some((c, end));
    }
    let name_len = b[j..]
        .iter()
        .take(33)
        .take_while(|c| c.is_ascii_alphanumeric())
        .count();
    if name_len == 0 || name_len > 32 || b.get(j + name_len) != Some(&b';') {
        return None;
    }
    let name = &raw[j..j + name_len];
    let c = NAMED
        .binary_search_by(|(n, _)| n.cmp(&name))
        .ok()
        .map(|k| NAMED[k].1)?;
    Some((c, j + name_len + 1))
}

/// Named character references that decode to one char: the ones seen in text, not all 2,231.
/// Sorted by name (byte order) for binary search; a unit test checks the order.
const NAMED: &[(&str, char)] = &[
    ("AElig", 'Æ'),
    ("Aacute", 'Á'),
    ("Agrave", 'À'),
    ("Auml", 'Ä'),
    ("Ccedil", 'Ç'),
    ("Eacute", 'É'),
    ("Ntilde", 'Ñ'),
    ("Oacute", 'Ó'),
    ("Ouml", 'Ö'),
    ("Uuml", 'Ü'),
    ("aacute", 'á'),
    ("acirc", 'â'),
    ("aelig", 'æ'),
    ("agrave", 'à'),
    ("amp", '&'),
    ("apos", '\''),
    ("ast", '*'),
    ("atilde", 'ã'),
    ("auml", 'ä'),
    ("bdquo", '„'),
    ("bsol", '\\'),
    ("bull", '•'),
    ("ccedil", 'ç'),
    ("cent", '¢'),
    ("check", '✓'),
    ("clubs", '♣'),
    ("colon", ':'),
    ("comma", ','),
    ("commat", '@'),
    ("copy", '©'),
    ("dash", '‐'),
    ("deg", '°'),
    ("diams", '♦'),
    ("divide", '÷'),
    ("dollar", '$'),
    ("eacute", 'é'),
    ("ecirc", 'ê'),
    ("egrave", 'è'),
    ("emsp", '\u{2003}'),
    ("ensp", '\u{2002}'),
    ("equals", '='),
    ("euml", 'ë'),
    ("euro", '€'),
    ("excl", '!'),
    ("frac12", '½'),
    ("frac14", '¼'),
    ("frac34", '¾'),
    ("grave", '`'),
    ("gt", '>'),
    ("hearts", '♥'),
    ("hellip", '…'),
    ("hyphen", '‐'),
    ("iacute", 'í'),
    ("iexcl", '¡'),
    ("iquest", '¿'),
    ("laquo", '«'),
    ("lbrack", '['),
    ("lcub", '{'),
    ("ldquo", '“'),
    ("lowbar", '_'),
    ("lpar", '('),
    ("lrm", '\u{200E}'),
    ("lsqb", '['),
    ("lsquo", '‘'),
    ("lt", '<'),
    ("mdash", '—'),
    ("midast", '*'),
    ("middot", '·'),
    ("nbsp", '\u{A0}'),
    ("ndash", '–'),
    ("ntilde", 'ñ'),
    ("num", '#'),
    ("oacute", 'ó'),
    ("ocirc", 'ô'),
    ("otilde", 'õ'),
    ("ouml", 'ö'),
    ("percnt", '%'),
    ("period", '.'),
    ("phone", '☎'),
    ("plus", '+'),
    ("plusmn", '±'),
    ("pound", '£'),
    ("quest", '?'),
    ("quot", '"'),
    ("raquo", '»'),
    ("rbrack", ']'),
    ("rcub", '}'),
    ("rdquo", '”'),
    ("reg", '®'),
    ("rlm", '\u{200F}'),
    ("rpar", ')'),
    ("rsqb", ']'),
    ("rsquo", '’'),
    ("sbquo", '‚'),
    ("semi", ';'),
    ("shy", '\u{AD}'),
    ("sol", '/'),
    ("spades", '♠'),
    ("star", '☆'),
    ("sup1", '¹'),
    ("sup2", '²'),
    ("sup3", '³'),
    ("szlig", 'ß'),
    ("thinsp", '\u{2009}'),
    ("times", '×'),
    ("trade", '™'),
    ("uacute", 'ú'),
    ("uuml", 'ü'),
    ("verbar", '|'),
    ("vert", '|'),
    ("yen", '¥'),
    ("zwj", '\u{200D}'),
    ("zwnj", '\u{200C}'),
];

#[cfg(test)]
mod tests {
    use super::*;

    fn text(raw: &str) -> String {
        decode(raw).iter().map(|p| p.c).collect()
    }

    #[test]
    fn named_table_is_sorted() {
        assert!(NAMED.windows(2).all(|w| w[0].0 < w[1].0));
        assert!(INLINE.windows(2).all(|w| w[0] < w[1]));
        assert!(LINE.windows(2).all(|w| w[0] < w[1]));
        assert!(INLINE.iter().chain(LINE).all(|n| n.len() <= 10));
    }

    #[test]
    fn inline_tags_vanish_block_tags_separate() {
        assert_eq!(text("lily<span>22</span>@gmail.com"), "lily22@gmail.com");
        assert_eq!(
            text("7<B>13</B><font color=red>555</font><a href='x'>0123</a>"),
            "7135550123"
        );
        assert_eq!(text("<EM>a</em><sup>b</sup><wbr>c"), "abc");
        assert_eq!(text("a<p>b</p>c<BR/>d<div>e</div>"), "a\nb\nc\nd\ne\n");
        assert!(breaks_line(" <br> ") && breaks_line("</p><p>") && breaks_line("x\ny"));
        assert!(!breaks_line(" <b>") && !breaks_line("</span> ") && !breaks_line("I <3 u"));
        assert_eq!(text("a<li>b<h2>c<hr>d<table>e<tr>f"), "a\nb\nc\nd\ne\nf");
        // Cells sit side by side.
        assert_eq!(text("a<td>b<th>c"), "a b c");
        // Unknown tags and comments keep a separator; a name that merely starts like an inline
        // one is not inline.
        assert_eq!(text("a<custom>b<!-- c -->d<span2>e<bx>f"), "a b d e f");
    }

    /// A break renders once however it is written: beside another block's tag or a newline of
    /// the source, the rest is whitespace. A newline of the source away from tags stays one.
    #[test]
    fn a_break_renders_once() {
        assert_eq!(text("a<br>\nb"), "a\n b");
        assert_eq!(text("a\n<br>b"), "a\n b");
        assert_eq!(text("a</p>\n<p>b"), "a\n  b");
        assert_eq!(text("a<br><br>b"), "a\n b");
        assert_eq!(text("<p>a</p>"), " a\n");
        assert_eq!(text("a<br>b\n\nc"), "a\nb\n\nc");
        assert_eq!(text("a<br>b<span></span><br>c"), "a\nb\nc");
        // A link's target is text on its line.
        assert_eq!(
            text("<p><a href=\"tel:+15125550147\"></a></p>x"),
            "  tel:+15125550147 \nx"
        );
    }

    #[test]
    fn references() {
        assert_eq!(text("a&#64;b&#x40;c&commat;d"), "a@b@c@d");
        assert_eq!(text("&amp;#64; &amp;amp;"), "@ &");
        assert_eq!(
            text("&#0; &#xD800; &#99999999;"),
            "\u{FFFD} \u{FFFD} \u{FFFD}"
        );
        assert_eq!(text("&unknown; & &;"), "&unknown; & &;");
    }

    /// An "@" or a dot spelled in angle brackets is text.
    #[test]
    fn spelled_at_and_dot_in_angle_brackets_are_text() {
        assert_eq!(
            text("lola37 <at> outlook <dot> com <br> next"),
            "lola37 <at> outlook <dot> com \n next"
        );
        assert_eq!(text("<AT>"), "<AT>");
        assert_eq!(text("<at x=1>y"), " y");
    }

    #[test]
    fn tags() {
        assert_eq!(text("a<br/>b<a href='x>y'>c</a>"), "a\nbc");
        assert_eq!(text("<style>p{}</style>x<SCRIPT>a<b</script >y"), " x y");
        assert_eq!(text("a<!-- hidden -->b"), "a b");
        assert_eq!(text("x < y and <3 and <"), "x < y and <3 and <");
        assert_eq!(text("<script>never closed"), " ");
        assert_eq!(text("a<!-- open <!-- -->b"), "a b");
        assert_eq!(text("<!-- never closed"), "<!-- never closed");
        // Addresses in angle brackets are text.
        assert_eq!(text("cv: <jobs@acme.com>"), "cv: <jobs@acme.com>");
        assert_eq!(text("<www.acme.com>"), "<www.acme.com>");
        assert_eq!(text("<!DOCTYPE html>x"), " x");
    }

    #[test]
    fn link_targets_are_text() {
        assert_eq!(
            text("<a href=\"https://jadepeach9.com/rates\" rel=\"nofollow\">Click here</a>"),
            " https://jadepeach9.com/rates Click here"
        );
        assert_eq!(
            text("<A HREF='mailto:katya@gmail.com'>Email</A>"),
            " mailto:katya@gmail.com Email"
        );
        assert_eq!(
            text("Tel: <a href=\"tel:+9611125530\">01125530</a>"),
            "Tel:  tel:+9611125530 01125530"
        );
        assert_eq!(
            text("<a href='SMS:+15125550147'>text</a>"),
            " SMS:+15125550147 text"
        );
        // An address written without its scheme is one too.
        assert_eq!(
            text("WhatsApp <a href=\"wa.me/4917558774942\">chat</a>"),
            "WhatsApp  wa.me/4917558774942 chat"
        );
        assert_eq!(
            text("<a href='lena-escort.de/kontakt'>x</a>"),
            " lena-escort.de/kontakt x"
        );
        // Other targets (pages of the site, scripts) stay markup.
        assert_eq!(text("<a href=\"/listing/123\">more</a>"), "more");
        assert_eq!(text("<a href=\"kontakt.html\">more</a>"), "more");
        assert_eq!(text("<a href=\"profile.php?id=3\">more</a>"), "more");
        assert_eq!(text("<a href=\"img/2.jpg\">more</a>"), "more");
        assert_eq!(text("<a href=\"page.2/x\">more</a>"), "more");
        assert_eq!(text("<a href=\"javascript:void(0)\">x</a>"), "x");
        assert_eq!(text("<abbr href=\"https://x.com\">y</abbr>"), "y");
    }

    #[test]
    fn hostile_markup_stays_linear() {
        // Would be quadratic if every '<' rescanned far ahead.
        let quotes = "<a x='".repeat(200_000);
        assert_eq!(decode(&quotes).len(), quotes.chars().count());
        let comments = "<!--".repeat(200_000);
        assert_eq!(decode(&comments).len(), comments.len());
    }
}
