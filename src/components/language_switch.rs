//! The explainer in its other languages: one link each, to the same step
//! (and build) on the same page in that language's build, so a class can
//! switch mid-lesson.

use yew::prelude::*;

use crate::ui::{LANG, LANGUAGES};

/// The folder of `to`'s build seen from this build's page: English is the
/// site's root, every other language a folder in it (`ko/`).
pub fn language_href(to: &str) -> String {
    match (LANG, to) {
        (from, to) if from == to => "./".to_owned(),
        ("en", to) => format!("{to}/"),
        (_, "en") => "../".to_owned(),
        (_, to) => format!("../{to}/"),
    }
}

/// `to`'s build of the page this is, at `address`: each language's build
/// has the same pages, and the switch opens this one there, not that
/// language's front page. Only the teacher's build is served as pages of
/// their own (`edge::page`); the site's build is only ever its folder's
/// index.html, so its link is the folder, and its first view's wasm does
/// not pay for asking which page.
#[cfg(feature = "teacher")]
fn href(to: &str, address: &str) -> String {
    format!(
        "{}{}{address}",
        language_href(to),
        crate::edge::page::this()
    )
}

#[cfg(not(feature = "teacher"))]
fn href(to: &str, address: &str) -> String {
    format!("{}{address}", language_href(to))
}

/// `address` is the hash of what is on screen (`#/khasan`, `#/missiles/3`).
pub fn language_switch(address: &str) -> Html {
    if LANGUAGES.len() < 2 {
        return html! {};
    }
    html! {
        <nav class="language-switch" aria-label={crate::label!(language_label)}>
            <ul class="language-switch__list">
                { for LANGUAGES.iter().map(|&(code, name)| if code == LANG {
                    html! { <li><span class="language-switch__current" lang={code} aria-current="true">{ name }</span></li> }
                } else {
                    html! { <li><a class="language-switch__link" lang={code} hreflang={code} href={href(code, address)}>{ name }</a></li> }
                }) }
            </ul>
        </nav>
    }
}
