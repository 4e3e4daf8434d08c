//! Entry point: install the failure message, work out the first step from the
//! URL, and mount the app. Nothing else happens here.

use vostochny_explainer::{data::STORY, edge, App, AppProps};

fn main() {
    edge::fatal::install_panic_hook();
    let Some(root) = gloo::utils::document().get_element_by_id("app") else {
        edge::fatal::show("the page has no element with id \"app\" to draw the explainer in.");
        return;
    };
    let start = edge::hash::start_index(&STORY);
    // The loading notice inside #app goes; the app takes its place.
    root.set_inner_html("");
    yew::Renderer::<App>::with_root_and_props(root, AppProps { start }).render();
    edge::fatal::mark_started();
}
