use story::Status;
use yew::prelude::*;

use crate::components::{popover::Popover, status_badge::StatusBadge};

#[derive(Properties, PartialEq)]
pub struct StatusTipProps {
    pub status: Status,
    /// Unique on the page for this statement.
    pub scope: AttrValue,
}

/// A statement's label as a button: a tap (touch screens have no hover) or
/// a press says what the label means, in the key's own words.
#[component]
pub fn StatusTip(props: &StatusTipProps) -> Html {
    let status = props.status;
    html! {
        <Popover id={format!("label-{}", props.scope)} trigger_class="status-button" tip_class="status-tip"
            trigger={html! { <StatusBadge {status} /> }}>
            <strong>{ status.label() }</strong>{ ": " }{ status.explanation() }
        </Popover>
    }
}
