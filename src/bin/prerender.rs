//! Prints the explainer's first screen as HTML, rendered natively with Yew's
//! SSR. `cargo xtask dist` puts it inside `<div id="app">` in the built
//! index.html, so the story shows before the wasm has loaded (or without
//! JavaScript at all); the app then hydrates it in place. With the argument
//! `full-text` it prints the whole story instead, for the page's <noscript>;
//! with `map-base`, the page's one copy of the base map that every map draws
//! by reference; with `worksheet`, the students' worksheet page; with
//! `handout` or `handout-miles`, the handout page; with `embed`, embed.html's
//! first screen (the step and pager, for another site's frame).

use story::Units;
use vostochny_explainer::components::full_text::FullText;
use vostochny_explainer::components::handout_view::{HandoutPage, HandoutPageProps};
use vostochny_explainer::components::worksheet::Worksheet;
use vostochny_explainer::{App, AppProps};

fn main() {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .expect("a single-threaded runtime");
    let mode = std::env::args().nth(1);
    if mode.as_deref() == Some("map-base") {
        print!(
            "{}",
            vostochny_explainer::components::map_view::base_map_definition(
                &vostochny_explainer::data::STORY
            )
        );
        return;
    }
    // `full-text`: the whole story for the page's <noscript>, not hydrated.
    let full_text = mode.as_deref() == Some("full-text");
    // `worksheet`: the students' worksheet, a page of its own with no script.
    let worksheet = mode.as_deref() == Some("worksheet");
    // `handout`, `handout-miles`: the teacher's handout, a page of its own.
    let handout = match mode.as_deref() {
        Some("handout") => Some(Units::Km),
        Some("handout-miles") => Some(Units::Miles),
        _ => None,
    };
    let html = runtime.block_on(async {
        let local = tokio::task::LocalSet::new();
        if let Some(units) = handout {
            local
                .run_until(
                    yew::LocalServerRenderer::<HandoutPage>::with_props(HandoutPageProps { units })
                        .hydratable(false)
                        .render(),
                )
                .await
        } else if worksheet {
            local
                .run_until(
                    yew::LocalServerRenderer::<Worksheet>::new()
                        .hydratable(false)
                        .render(),
                )
                .await
        } else if full_text {
            local
                .run_until(
                    yew::LocalServerRenderer::<FullText>::new()
                        .hydratable(false)
                        .render(),
                )
                .await
        } else {
            local
                .run_until(
                    yew::LocalServerRenderer::<App>::with_props(AppProps {
                        start: 0,
                        speaker: false,
                        quiz: false,
                        // `embed`: embed.html's first screen.
                        embed: mode.as_deref() == Some("embed"),
                    })
                    .render(),
                )
                .await
        }
    });
    print!("{html}");
}
