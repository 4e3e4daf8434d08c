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

#[cfg(test)]
mod tests {
    use super::*;

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
