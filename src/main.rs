//! Entry point: install the failure message and bring the page to life. The
//! built index.html already holds the first screen, pre-rendered by
//! `src/bin/prerender.rs`; the app hydrates it in place (no flicker, no
//! layout shift) and then moves to the step the address names.

use vostochny_explainer::{edge, App, AppProps};

fn main() {
    let Some(root) = gloo::utils::document().get_element_by_id("app") else {
        edge::fatal::show("the page has no element with id \"app\" to draw the explainer in.");
        return;
    };
    let renderer = yew::Renderer::<App>::with_root_and_props(root.clone(), AppProps { start: 0 });
    if root
        .first_element_child()
        .is_some_and(|child| child.id() == "loading")
    {
        // A build without pre-rendering (`trunk serve`): replace the notice.
        root.set_inner_html("");
        renderer.render();
    } else {
        renderer.hydrate();
    }
    edge::fatal::mark_started();
}
