use story::Status;
use yew::prelude::*;

use crate::components::{popover::Popover, status_badge::status_badge};

/// A statement's label as a button: a tap (touch screens have no hover) or
/// a press says what the label means, in the key's own words. `scope` is
/// unique on the page for this statement (it makes the popover's id).
pub fn status_tip(status: Status, scope: &str) -> Html {
    html! {
        <Popover id={format!("label-{scope}")} trigger_class="status-button" tip_class="status-tip"
            trigger={status_badge(status)}>
            <strong>{ crate::ui::status_label(status) }</strong>{ ": " }{ crate::ui::status_explanation(status) }
        </Popover>
    }
}
