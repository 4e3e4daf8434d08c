use web_sys::Element;
use yew::prelude::*;

use crate::edge;

#[derive(Properties, PartialEq)]
pub struct PopoverProps {
    /// Unique on the page: the popover's id, which the trigger's
    /// `aria-describedby` names, so a screen reader reads it with the trigger.
    pub id: AttrValue,
    /// The trigger button's look.
    pub trigger_class: Classes,
    /// Extra classes for the popover box.
    #[prop_or_default]
    pub tip_class: Classes,
    /// What the trigger shows.
    pub trigger: Html,
    /// What the popover says.
    pub children: Html,
}

/// A button with a short explanation: hovering or focusing it shows the
/// explanation; tapping or pressing it pins it open (touch screens have no
/// hover), and Escape closes it again. The explanation is kept inside the
/// screen (`edge::popover`).
#[component]
pub fn Popover(props: &PopoverProps) -> Html {
    let pinned = use_state(|| false);
    let anchor = use_node_ref();
    let place = {
        let anchor = anchor.clone();
        move || {
            if let Some(anchor) = anchor.cast::<Element>() {
                edge::popover::place(&anchor);
            }
        }
    };
    {
        let place = place.clone();
        use_effect_with(*pinned, move |_| place());
    }
    let onclick = {
        let pinned = pinned.clone();
        Callback::from(move |_: MouseEvent| pinned.set(!*pinned))
    };
    let onkeydown = {
        let pinned = pinned.clone();
        Callback::from(move |event: KeyboardEvent| {
            if event.key() == "Escape" && *pinned {
                event.prevent_default();
                pinned.set(false);
            }
        })
    };
    let onmouseenter = {
        let place = place.clone();
        Callback::from(move |_: MouseEvent| place())
    };
    let onfocusin = Callback::from(move |_: FocusEvent| place());
    html! {
        <span class="popover" ref={anchor} {onmouseenter} {onfocusin}>
            <button type="button" class={props.trigger_class.clone()} aria-expanded={pinned.to_string()}
                aria-describedby={props.id.clone()} {onclick} {onkeydown}>
                { props.trigger.clone() }
            </button>
            <span class={classes!("popover__tip", props.tip_class.clone(), pinned.then_some("is-pinned"))}
                role="tooltip" id={props.id.clone()}>
                { props.children.clone() }
            </span>
        </span>
    }
}
