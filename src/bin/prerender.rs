//! Prints the explainer's first screen as HTML, rendered natively with Yew's
//! SSR. `cargo xtask dist` puts it inside `<div id="app">` in the built
//! index.html, so the story shows before the wasm has loaded (or without
//! JavaScript at all); the app then hydrates it in place.

use vostochny_explainer::{App, AppProps};

fn main() {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .expect("a single-threaded runtime");
    let html = runtime.block_on(async {
        let local = tokio::task::LocalSet::new();
        local
            .run_until(yew::LocalServerRenderer::<App>::with_props(AppProps { start: 0 }).render())
            .await
    });
    print!("{html}");
}
