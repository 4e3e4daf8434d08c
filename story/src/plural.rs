//! Words that change with a number: "1 mile", "2 miles"; in Russian
//! "1 миля", "2 мили", "5 миль". A label writes such a word as a choice,
//! `{n:mile|miles}`: one form for each of its language's plural categories
//! (Unicode CLDR's, for whole numbers), in the order [`categories`] gives.
//! The page picks the form for the number it shows; the build checks that
//! every choice has as many forms as its language has categories.

/// The plural categories a language's choices list, in order. A language
/// without a rule here has one form for every number (as Korean has).
pub fn categories(code: &str) -> &'static [&'static str] {
    match code {
        "en" => &["one", "other"],
        "ru" => &["one", "few", "many"],
        _ => &["other"],
    }
}

/// Which of `code`'s categories the whole number `n` is in (an index into
/// [`categories`]), by CLDR's rules for whole numbers.
pub fn category(code: &str, n: u64) -> usize {
    match code {
        "en" => usize::from(n != 1),
        "ru" => match (n % 10, n % 100) {
            (1, rest) if rest != 11 => 0,
            (2..=4, rest) if !(12..=14).contains(&rest) => 1,
            _ => 2,
        },
        _ => 0,
    }
}

/// `template` with each choice replaced by its form number `at` (an index
/// into [`categories`]). The build bakes a label with a choice as one text
/// per category, so the page only picks one ([`category`]) and never
/// parses a choice.
pub fn choose_form(template: &str, at: usize) -> String {
    let mut text = String::with_capacity(template.len());
    let mut rest = template;
    while let Some((before, forms, after)) = next_choice(rest) {
        text.push_str(before);
        text.push_str(forms.split('|').nth(at).unwrap_or(""));
        rest = after;
    }
    text.push_str(rest);
    text
}

/// The number of forms each choice in `text` gives, in order ("{n} {n:a|b}"
/// gives `[2]`), for the build's check.
pub fn choices(text: &str) -> Vec<usize> {
    let mut found = Vec::new();
    let mut rest = text;
    while let Some((_, forms, after)) = next_choice(rest) {
        found.push(forms.split('|').count());
        rest = after;
    }
    found
}

/// The first choice in `text`: (text before it, its forms, text after it).
fn next_choice(text: &str) -> Option<(&str, &str, &str)> {
    let mut from = 0;
    loop {
        let open = from + text[from..].find('{')?;
        let close = open + text[open..].find('}')?;
        let inside = &text[open + 1..close];
        if let Some((name, forms)) = inside.split_once(':') {
            if !name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
                return Some((&text[..open], forms, &text[close + 1..]));
            }
        }
        from = open + 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    // The forms a Russian reader expects, from Russian grammar (not from
    // the rule above): 1, 21, 1031 take the first; 2–4, 22, 1032 the
    // second; 0, 5–20, 25, 111–114 the third.
    #[test]
    fn russian_numbers_take_the_form_russian_grammar_gives() {
        let miles = "{n} {n:миля|мили|миль}";
        for (n, expected) in [
            (1, "{n} миля"),
            (2, "{n} мили"),
            (4, "{n} мили"),
            (5, "{n} миль"),
            (11, "{n} миль"),
            (12, "{n} миль"),
            (14, "{n} миль"),
            (21, "{n} миля"),
            (22, "{n} мили"),
            (25, "{n} миль"),
            (0, "{n} миль"),
            (111, "{n} миль"),
            (112, "{n} миль"),
            (1031, "{n} миля"),
            (1032, "{n} мили"),
        ] {
            assert_eq!(choose_form(miles, category("ru", n)), expected, "{n}");
        }
    }

    #[test]
    fn english_has_one_mile_and_many_miles() {
        assert_eq!(
            choose_form("{n} {n:mile|miles}", category("en", 1)),
            "{n} mile"
        );
        assert_eq!(
            choose_form("{n} {n:mile|miles}", category("en", 0)),
            "{n} miles"
        );
        assert_eq!(
            choose_form("{n} {n:mile|miles}", category("en", 1032)),
            "{n} miles"
        );
    }

    #[test]
    fn a_language_without_plurals_keeps_its_one_form() {
        assert_eq!(choose_form("{n}{n:마일}", category("ko", 1)), "{n}마일");
        assert_eq!(choose_form("{n}{n:마일}", category("ko", 7)), "{n}마일");
        assert_eq!(choose_form("{n}마일", category("ko", 7)), "{n}마일");
    }

    #[test]
    fn choices_count_their_forms_and_ignore_plain_values() {
        assert_eq!(choices("{n} {n:миля|мили|миль}"), vec![3]);
        assert_eq!(choices("{n} km, {reason}"), Vec::<usize>::new());
        assert_eq!(choices("{a:x|y} and {b:z}"), vec![2, 1]);
    }
}
