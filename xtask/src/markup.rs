//! Finding tags and elements in the HTML that Trunk and the pre-renderer
//! write. That HTML is regular (attributes quoted, each tag written one way),
//! so text search is enough; each caller names the exact opening it expects,
//! and a tag that never closes is an error rather than a silent skip.

use std::ops::Range;

/// The first tag in `html` that begins with `opening`, through its `>`.
pub fn tag(html: &str, opening: &str) -> Result<Option<Range<usize>>, String> {
    let Some(start) = html.find(opening) else {
        return Ok(None);
    };
    let length = html[start..]
        .find('>')
        .ok_or_else(|| format!("unclosed tag {opening}"))?;
    Ok(Some(start..start + length + 1))
}

/// Every tag in `html` that begins with `opening`, in order.
pub fn tags(html: &str, opening: &str) -> Result<Vec<Range<usize>>, String> {
    let mut found = Vec::new();
    let mut from = 0;
    while let Some(range) = tag(&html[from..], opening)? {
        found.push(from + range.start..from + range.end);
        from += range.end;
    }
    Ok(found)
}

/// The first element that begins with `opening`, through its `closing` tag
/// (`</script>` for a script).
pub fn element(html: &str, opening: &str, closing: &str) -> Result<Option<Range<usize>>, String> {
    let Some(start) = html.find(opening) else {
        return Ok(None);
    };
    let length = html[start..]
        .find(closing)
        .ok_or_else(|| format!("{opening} without {closing}"))?;
    Ok(Some(start..start + length + closing.len()))
}

/// `html` without every tag that begins with `opening`, each with the line
/// break after it.
pub fn without_tags(html: &str, opening: &str) -> Result<String, String> {
    let mut out = String::with_capacity(html.len());
    let mut from = 0;
    for range in tags(html, opening)? {
        out.push_str(&html[from..range.start]);
        from = range.end + usize::from(html[range.end..].starts_with('\n'));
    }
    out.push_str(&html[from..]);
    Ok(out)
}

/// The value of attribute `name` in `tag` (double-quoted, as Trunk writes it).
pub fn attribute<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    between(tag, &format!(" {name}=\""), "\"")
}

/// The text in `text` after the first `start` and before the next `end`.
pub fn between<'a>(text: &'a str, start: &str, end: &str) -> Option<&'a str> {
    let from = text.find(start)? + start.len();
    let to = from + text[from..].find(end)?;
    Some(&text[from..to])
}

/// Attributes whose value is an id, or a list of ids.
const ID_ATTRIBUTES: [&str; 5] = [
    "id",
    "for",
    "aria-describedby",
    "aria-labelledby",
    "aria-controls",
];

/// `html`, one separately rendered fragment, with `prefix` before every id
/// it defines and before every reference to those ids inside it (`for`,
/// `aria-describedby` and the like, `href="#…"`): so it can share a page
/// with another render of the same components without repeating an id.
/// Ids it does not define are left alone.
pub fn prefix_ids(html: &str, prefix: &str) -> String {
    // Every double-quoted attribute value inside a tag: (name, value range).
    // Text between tags is skipped (the renderer escapes `<` there).
    let bytes = html.as_bytes();
    let mut values = Vec::new();
    let (mut in_tag, mut value_start) = (false, None);
    for (at, &byte) in bytes.iter().enumerate() {
        match (in_tag, value_start, byte) {
            (false, _, b'<') => in_tag = true,
            (true, None, b'>') => in_tag = false,
            (true, None, b'"') if at > 0 && bytes[at - 1] == b'=' => value_start = Some(at + 1),
            (true, Some(start), b'"') => {
                let name = html[..start - 2]
                    .rsplit([' ', '\n', '<'])
                    .next()
                    .unwrap_or_default();
                values.push((name, start..at));
                value_start = None;
            }
            _ => {}
        }
    }
    let defined: std::collections::HashSet<&str> = values
        .iter()
        .filter(|(name, _)| *name == "id")
        .map(|(_, range)| &html[range.clone()])
        .collect();
    let mut out = String::with_capacity(html.len() + defined.len() * prefix.len() * 2);
    let mut copied = 0;
    for (name, range) in values {
        let value = &html[range.clone()];
        let rewritten = if name == "href" {
            match value.strip_prefix('#') {
                Some(id) if defined.contains(id) => format!("#{prefix}{id}"),
                _ => continue,
            }
        } else if ID_ATTRIBUTES.contains(&name) {
            value
                .split(' ')
                .map(|id| {
                    if defined.contains(id) {
                        format!("{prefix}{id}")
                    } else {
                        id.to_owned()
                    }
                })
                .collect::<Vec<_>>()
                .join(" ")
        } else {
            continue;
        };
        out.push_str(&html[copied..range.start]);
        out.push_str(&rewritten);
        copied = range.end;
    }
    out.push_str(&html[copied..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prefixes_the_ids_a_fragment_defines_and_its_references_to_them() {
        let html = "<h2 id=\"title\">A</h2><button aria-describedby=\"tip-kim\" data-id=\"tip-kim\">Kim</button>\
            <span id=\"tip-kim\" class=\"id\">…</span><a href=\"#title\">up</a><a href=\"#elsewhere\">x</a>\
            <section aria-labelledby=\"title other\"><label for=\"tip-kim\">id=\"title\"</label></section>";
        assert_eq!(
            prefix_ids(html, "w-"),
            "<h2 id=\"w-title\">A</h2><button aria-describedby=\"w-tip-kim\" data-id=\"tip-kim\">Kim</button>\
            <span id=\"w-tip-kim\" class=\"id\">…</span><a href=\"#w-title\">up</a><a href=\"#elsewhere\">x</a>\
            <section aria-labelledby=\"w-title other\"><label for=\"w-tip-kim\">id=\"title\"</label></section>"
        );
    }

    const PAGE: &str = "<head>\n<link rel=\"stylesheet\" href=\"./a.css\"/>\n<link rel=\"preload\" href=\"./x.wasm\">\n\
        <link rel=\"stylesheet\" href=\"./b.css\"/>\n<script type=\"module\">go()</script>\n</head>";

    #[test]
    fn finds_each_tag_and_its_attributes() {
        let links = tags(PAGE, "<link rel=\"stylesheet\"").unwrap();
        let hrefs: Vec<_> = links
            .iter()
            .map(|range| attribute(&PAGE[range.clone()], "href").unwrap())
            .collect();
        assert_eq!(hrefs, ["./a.css", "./b.css"]);
        let script = element(PAGE, "<script type=\"module\">", "</script>")
            .unwrap()
            .unwrap();
        assert_eq!(&PAGE[script], "<script type=\"module\">go()</script>");
        assert_eq!(tag(PAGE, "<meta").unwrap(), None);
    }

    #[test]
    fn removes_tags_with_their_line_break() {
        let out = without_tags(PAGE, "<link rel=\"stylesheet\"").unwrap();
        assert_eq!(
            out,
            "<head>\n<link rel=\"preload\" href=\"./x.wasm\">\n<script type=\"module\">go()</script>\n</head>"
        );
    }

    #[test]
    fn an_unclosed_tag_is_an_error() {
        assert!(tag("<link rel=\"x\"", "<link").is_err());
        assert!(element("<script>go()", "<script>", "</script>").is_err());
    }
}
