use yew::prelude::*;

/// Where the story comes from, and how to drive the explainer.
pub fn page_footer() -> Html {
    html! {
        <footer class="page-footer">
            <p>
                { "Source: a news report dated 13 September 2023 (Moscow/Seoul). Background facts such as \
                   coordinates and time zones are marked " }
                <strong>{ "Background" }</strong>
                { " and name their own source." }
            </p>
            <p class="page-footer__maps">
                { "Maps made with Natural Earth (public domain); rail lines: Natural Earth, via the railway tiles of \
                   bovine3dom/fahrtle. Place positions, the route along the railway and computed distances are background we added, \
                   not from the report." }
            </p>
            <p>
                { "Keys: " }
                <kbd>{ "→" }</kbd>{ " or " }<kbd>{ "Page Down" }</kbd>{ " or " }<kbd>{ "Space" }</kbd>
                { " next step; " }
                <kbd>{ "←" }</kbd>{ " or " }<kbd>{ "Page Up" }</kbd>{ " previous; " }
                <kbd>{ "Home" }</kbd>{ " first; " }<kbd>{ "End" }</kbd>{ " last. On a touch screen, swipe." }
            </p>
        </footer>
    }
}
