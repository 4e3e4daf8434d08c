//! Entry point: install the failure message and bring the page to life. The
//! built index.html already holds the first screen, pre-rendered by
//! `src/bin/prerender.rs`; the app hydrates it in place (no flicker, no
//! layout shift) and then moves to the step the address names.

use vostochny_explainer::{edge, App, AppProps};

fn main() {
    let Some(root) = gloo::utils::document().get_element_by_id("app") else {
        edge::fatal::show(vostochny_explainer::label!(fatal_no_root));
        return;
    };
    // The teacher's build is several pages (quiz.html, speaker.html, the
    // offline file): which one, for the language switch.
    #[cfg(feature = "teacher")]
    edge::page::remember();
    // The teacher's build also draws a step's QR code, alone in a frame.
    #[cfg(feature = "teacher")]
    if edge::speaker::asked_for("qr") {
        root.set_inner_html("");
        yew::Renderer::<vostochny_explainer::components::qr_page::QrPage>::with_root(root).render();
        edge::fatal::mark_started();
        return;
    }
    #[cfg(feature = "teacher")]
    let speaker = edge::speaker::asked_for("speaker");
    #[cfg(not(feature = "teacher"))]
    let speaker = false;
    // quiz.html?quiz: the quiz, which only the teacher's build has.
    #[cfg(feature = "teacher")]
    let quiz = edge::speaker::asked_for("quiz");
    #[cfg(not(feature = "teacher"))]
    let quiz = false;
    let renderer = yew::Renderer::<App>::with_root_and_props(
        root.clone(),
        AppProps {
            start: 0,
            speaker,
            quiz,
            // embed.html marks its root (`cargo xtask dist`).
            embed: root.has_attribute("data-embed"),
        },
    );
    if speaker
        || quiz
        || root
            .first_element_child()
            .is_some_and(|child| child.id() == "loading")
    {
        // The speaker view (`?speaker`) does not show the pre-rendered
        // story, and a build without pre-rendering (`trunk serve`) has only
        // a notice: either way, draw afresh.
        root.set_inner_html("");
        renderer.render();
    } else {
        renderer.hydrate();
    }
    edge::fatal::mark_started();
}
