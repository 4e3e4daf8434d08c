use yew::prelude::*;

use crate::ui::label;

/// Where the story comes from, and how to drive the explainer.
pub fn page_footer() -> Html {
    html! {
        <footer class="page-footer">
            <p>
                { label!(footer_source_before) }
                <strong>{ label!(status_background) }</strong>
                { label!(footer_source_after) }
            </p>
            <p class="page-footer__maps">
                { label!(footer_maps) }
            </p>
            <p>
                { label!(footer_keys) }
                <kbd>{ "→" }</kbd>{ label!(footer_or) }<kbd>{ label!(footer_key_page_down) }</kbd>{ label!(footer_or) }<kbd>{ label!(footer_key_space) }</kbd>
                { label!(footer_next) }
                <kbd>{ "←" }</kbd>{ label!(footer_or) }<kbd>{ label!(footer_key_page_up) }</kbd>{ label!(footer_previous) }
                <kbd>{ label!(footer_key_home) }</kbd>{ label!(footer_first) }<kbd>{ label!(footer_key_end) }</kbd>{ label!(footer_last) }
            </p>
        </footer>
    }
}
