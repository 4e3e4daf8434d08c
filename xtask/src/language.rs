//! What makes a built page one language's: its `lang`, its Open Graph
//! locale, links to the same page in the other languages (`hreflang`), and
//! the page's own words outside the app (title, description, the notes for
//! a browser without JavaScript), from `content/ui.toml`'s `[page]` group and
//! its translations.

use std::collections::HashMap;

use story::content::translate::{Language, Languages};

/// Every language's `[page]` labels, ready to put into built pages.
pub struct Pages {
    languages: Vec<Language>,
    /// code → (key → text) of the `[page]` group.
    labels: HashMap<String, Vec<(String, String)>>,
    /// code → (key → text) of the `[pages]` group: the other pages' words.
    pages_labels: HashMap<String, Vec<(String, String)>>,
    /// code → the language switch's name (`[language] label`).
    switch_labels: HashMap<String, String>,
}

impl Pages {
    pub fn new(built: &Languages, languages: &[Language]) -> Result<Pages, String> {
        let mut labels = HashMap::new();
        let mut pages_labels = HashMap::new();
        let mut switch_labels = HashMap::new();
        for language in languages {
            let (_, all) = built.story(&language.code).map_err(|errors| {
                errors
                    .iter()
                    .map(ToString::to_string)
                    .collect::<Vec<_>>()
                    .join("\n")
            })?;
            let group = |name: &str| -> Vec<(String, String)> {
                all.iter()
                    .filter(|(group, _, _)| group == name)
                    .map(|(_, key, text)| (key.clone(), text.clone()))
                    .collect()
            };
            labels.insert(language.code.clone(), group("page"));
            pages_labels.insert(language.code.clone(), group("pages"));
            let switch = group("language")
                .into_iter()
                .find(|(key, _)| key == "label")
                .map(|(_, text)| text)
                .ok_or_else(|| format!("{}: no [language] label", language.code))?;
            switch_labels.insert(language.code.clone(), switch);
        }
        Ok(Pages {
            languages: languages.to_vec(),
            labels,
            pages_labels,
            switch_labels,
        })
    }

    /// The folder a language's site is in, seen from `code`'s pages:
    /// English is the root, every other language a folder in it.
    pub fn href(&self, from: &str, to: &str) -> String {
        let up = if from == "en" { "" } else { "../" };
        if to == "en" {
            if up.is_empty() {
                "./".to_owned()
            } else {
                up.to_owned()
            }
        } else if to == from {
            "./".to_owned()
        } else {
            format!("{up}{to}/")
        }
    }

    /// A script-free page of the site (the whole story, the worksheet, the
    /// handout), written in English by xtask, made `code`'s: its `lang`
    /// and every `[pages]` label it contains, longest first (a title may
    /// contain a heading).
    pub fn localize_static(&self, html: &str, code: &str) -> Result<String, String> {
        let opening = "<html lang=\"en\"";
        if !html.contains(opening) {
            return Err(format!("the page has no {opening}> to make {code:?}"));
        }
        let mut page = html.replacen(opening, &format!("<html lang=\"{code}\""), 1);
        let mut pairs: Vec<(&String, &String)> = self.pages_labels["en"]
            .iter()
            .map(|(_, text)| text)
            .zip(self.pages_labels[code].iter().map(|(_, text)| text))
            .collect();
        pairs.sort_by_key(|(from, _)| std::cmp::Reverse(from.len()));
        for (from, to) in pairs {
            page = page.replace(from.as_str(), to);
        }
        Ok(page)
    }

    /// A script-free page, `file` in `code`'s build, given what the app's
    /// pages have: `hreflang` alternates to the same page in every language,
    /// and a language switch a reader can see, to the same page in each
    /// other language. The switch has the app's markup and classes
    /// (`src/components/language_switch.rs`), so the site's stylesheet draws
    /// it the same; it sits after the page's way back to the explainer (the
    /// first Tab still reaches that), or first in a page's `<main>` without
    /// one (the worksheet). Print hides it (print.css).
    pub fn with_switch(&self, html: &str, code: &str, file: &str) -> Result<String, String> {
        let mut alternates = String::new();
        let mut items = String::new();
        for each in &self.languages {
            let href = format!("{}{file}", self.href(code, &each.code));
            let name = escape(&each.name);
            alternates.push_str(&format!(
                "    <link rel=\"alternate\" hreflang=\"{}\" href=\"{href}\" />\n",
                each.code
            ));
            items.push_str(&if each.code == code {
                format!(
                    "<li><span class=\"language-switch__current\" lang=\"{}\" aria-current=\"true\">{name}</span></li>",
                    each.code
                )
            } else {
                format!(
                    "<li><a class=\"language-switch__link\" lang=\"{0}\" hreflang=\"{0}\" href=\"{href}\">{name}</a></li>",
                    each.code
                )
            });
        }
        alternates.push_str(&format!(
            "    <link rel=\"alternate\" hreflang=\"x-default\" href=\"{}{file}\" />\n",
            self.href(code, "en")
        ));
        let label = escape(
            self.switch_labels
                .get(code)
                .ok_or_else(|| format!("no language {code:?} in content/languages.toml"))?,
        );
        let nav = format!(
            "<nav class=\"language-switch\" aria-label=\"{label}\"><ul class=\"language-switch__list\">{items}</ul></nav>"
        );
        let mut page = html.to_owned();
        let head_end = page.find("</head>").ok_or("the page has no </head>")?;
        page.insert_str(head_end, &alternates);
        let at = match page.find("class=\"story-page__back\"") {
            Some(back) => {
                back + page[back..]
                    .find("</p>")
                    .ok_or("the page's way back has no </p>")?
                    + "</p>".len()
            }
            None => {
                let main = page.find("<main").ok_or("the page has no <main>")?;
                main + page[main..]
                    .find('>')
                    .ok_or("the page's <main> is not closed")?
                    + 1
            }
        };
        page.insert_str(at, &nav);
        Ok(page)
    }

    /// `html` (a page built from index.html, in English) made `code`'s:
    /// `lang`, `og:locale` and its alternates, `hreflang` links, and every
    /// `[page]` label's English replaced by its translation. An English
    /// label the page does not contain is a mistake: index.html and
    /// content/ui.toml must say the same.
    pub fn localize(&self, html: &str, code: &str) -> Result<String, String> {
        let language = self
            .languages
            .iter()
            .find(|l| l.code == code)
            .ok_or_else(|| format!("no language {code:?} in content/languages.toml"))?;
        let opening = "<html lang=\"en\"";
        if !html.contains(opening) {
            return Err(format!("the page has no {opening}> to make {code:?}"));
        }
        let mut page = html.replacen(opening, &format!("<html lang=\"{code}\""), 1);
        let mut head = format!(
            "<meta property=\"og:locale\" content=\"{}\" />",
            language.og_locale
        );
        for other in self.languages.iter().filter(|l| l.code != code) {
            head.push_str(&format!(
                "<meta property=\"og:locale:alternate\" content=\"{}\" />",
                other.og_locale
            ));
        }
        for each in &self.languages {
            head.push_str(&format!(
                "<link rel=\"alternate\" hreflang=\"{}\" href=\"{}\" />",
                each.code,
                self.href(code, &each.code)
            ));
        }
        head.push_str(&format!(
            "<link rel=\"alternate\" hreflang=\"x-default\" href=\"{}\" />",
            self.href(code, "en")
        ));
        let anchor = "<meta property=\"og:type\" content=\"article\" />";
        if !page.contains(anchor) {
            return Err(format!("the page has no {anchor} to put its locale after"));
        }
        page = page.replacen(anchor, &format!("{anchor}{head}"), 1);
        let english = &self.labels["en"];
        let translated = &self.labels[code];
        for ((key, from), (_, to)) in english.iter().zip(translated) {
            if !page.contains(from.as_str()) {
                return Err(format!(
                    "the page does not contain [page] {key} of content/ui.toml, {from:?}: index.html and content/ui.toml must say the same"
                ));
            }
            page = page.replace(from.as_str(), to);
        }
        Ok(page)
    }
}

/// `text` safe inside an element or a quoted attribute.
fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('"', "&quot;")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pages() -> Pages {
        let language = |code: &str, og: &str| Language {
            code: code.into(),
            name: code.into(),
            og_locale: og.into(),
        };
        Pages {
            languages: vec![language("en", "en_GB"), language("ko", "ko_KR")],
            labels: HashMap::from([
                ("en".into(), vec![("title".into(), "The story".into())]),
                ("ko".into(), vec![("title".into(), "이야기".into())]),
            ]),
            pages_labels: HashMap::from([
                (
                    "en".into(),
                    vec![
                        ("heading".into(), "Vostochny".into()),
                        ("title".into(), "The whole story: Vostochny".into()),
                    ],
                ),
                (
                    "ko".into(),
                    vec![
                        ("heading".into(), "보스토치니".into()),
                        ("title".into(), "전체 이야기: 보스토치니".into()),
                    ],
                ),
            ]),
            switch_labels: HashMap::from([
                ("en".into(), "Language".into()),
                ("ko".into(), "언어".into()),
            ]),
        }
    }

    #[test]
    fn links_between_languages_are_relative_so_the_site_works_under_any_path() {
        let pages = pages();
        assert_eq!(pages.href("en", "ko"), "ko/");
        assert_eq!(pages.href("ko", "en"), "../");
        assert_eq!(pages.href("ko", "ko"), "./");
        assert_eq!(pages.href("en", "en"), "./");
    }

    #[test]
    fn a_page_is_made_korean_with_its_locale_alternates_and_words() {
        let html = "<html lang=\"en\"><head><meta property=\"og:type\" content=\"article\" /><title>The story</title>";
        let page = pages().localize(html, "ko").unwrap();
        assert!(page.starts_with("<html lang=\"ko\">"), "{page}");
        assert!(page.contains("<title>이야기</title>"), "{page}");
        assert!(page.contains("<meta property=\"og:locale\" content=\"ko_KR\" />"));
        assert!(page.contains("<meta property=\"og:locale:alternate\" content=\"en_GB\" />"));
        assert!(page.contains("<link rel=\"alternate\" hreflang=\"en\" href=\"../\" />"));
        assert!(page.contains("<link rel=\"alternate\" hreflang=\"x-default\" href=\"../\" />"));
    }

    #[test]
    fn a_static_page_is_translated_longest_label_first() {
        let html = "<html lang=\"en\"><title>The whole story: Vostochny</title><h1>Vostochny</h1>";
        let page = pages().localize_static(html, "ko").unwrap();
        assert_eq!(
            page,
            "<html lang=\"ko\"><title>전체 이야기: 보스토치니</title><h1>보스토치니</h1>"
        );
    }

    #[test]
    fn a_static_page_gets_a_switch_after_its_way_back_and_alternates_to_the_same_page() {
        let html = "<html lang=\"ko\"><head><title>t</title></head><body><main class=\"story-page\"><h1>h</h1><p class=\"story-page__back\"><a href=\"./\">back</a> (JS).</p><section></section></main></body>";
        let page = pages().with_switch(html, "ko", "story.html").unwrap();
        assert_eq!(
            page,
            "<html lang=\"ko\"><head><title>t</title>    <link rel=\"alternate\" hreflang=\"en\" href=\"../story.html\" />\n    <link rel=\"alternate\" hreflang=\"ko\" href=\"./story.html\" />\n    <link rel=\"alternate\" hreflang=\"x-default\" href=\"../story.html\" />\n</head><body><main class=\"story-page\"><h1>h</h1><p class=\"story-page__back\"><a href=\"./\">back</a> (JS).</p><nav class=\"language-switch\" aria-label=\"언어\"><ul class=\"language-switch__list\"><li><a class=\"language-switch__link\" lang=\"en\" hreflang=\"en\" href=\"../story.html\">en</a></li><li><span class=\"language-switch__current\" lang=\"ko\" aria-current=\"true\">ko</span></li></ul></nav><section></section></main></body>"
        );
    }

    #[test]
    fn the_switchs_words_are_escaped() {
        let mut pages = pages();
        pages
            .switch_labels
            .insert("en".into(), "Say \"it\" & <more>".into());
        let page = pages
            .with_switch("<head></head><main>", "en", "story.html")
            .unwrap();
        assert!(
            page.contains("aria-label=\"Say &quot;it&quot; &amp; &lt;more>\""),
            "{page}"
        );
    }

    #[test]
    fn a_static_page_without_a_way_back_gets_its_switch_first_in_main() {
        let html = "<html lang=\"en\"><head></head><body><svg></svg><main class=\"worksheet\"><header></header></main></body>";
        let page = pages().with_switch(html, "en", "worksheet.html").unwrap();
        assert!(
            page.contains("<main class=\"worksheet\"><nav class=\"language-switch\" aria-label=\"Language\"><ul class=\"language-switch__list\"><li><span class=\"language-switch__current\" lang=\"en\" aria-current=\"true\">en</span></li><li><a class=\"language-switch__link\" lang=\"ko\" hreflang=\"ko\" href=\"ko/worksheet.html\">ko</a></li></ul></nav><header>"),
            "{page}"
        );
    }

    #[test]
    fn a_label_the_page_does_not_say_is_a_mistake() {
        let html = "<html lang=\"en\"><meta property=\"og:type\" content=\"article\" /><title>Another</title>";
        let error = pages().localize(html, "ko").unwrap_err();
        assert!(error.contains("[page] title"), "{error}");
    }
}
