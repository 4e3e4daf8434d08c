//! The explainer in its other languages: one link each, to the same step
//! (and build) in that language's build, so a class can switch mid-lesson.

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
                    html! { <li><a class="language-switch__link" lang={code} hreflang={code} href={format!("{}{address}", language_href(code))}>{ name }</a></li> }
                }) }
            </ul>
        </nav>
    }
}
