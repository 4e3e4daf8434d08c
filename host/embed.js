/* Fits each frame of the Vostochny explainer on this page to the height of
   its story, so it never shows a scroll bar of its own. Add it once, after
   the frames (the Share panel's embed code does):

     <script src="https://YOUR-SITE/embed.js" async></script>

   The explainer's embed.html posts {type: "vostochny-explainer:height",
   height} to the page that frames it, on load, on every step and whenever
   its size changes; this sets that frame's height. It reads no other
   message, and only messages from the site it was loaded from. */
(function () {
  "use strict";
  var script = document.currentScript;
  var site = script && script.src ? new URL(script.src).origin : null;
  if (window.vostochnyExplainerHost) return; // the script twice on one page
  window.vostochnyExplainerHost = true;
  window.addEventListener("message", function (event) {
    var data = event.data;
    if (site && event.origin !== site) return;
    if (!data || data.type !== "vostochny-explainer:height" || !(data.height > 0)) return;
    var frames = document.getElementsByTagName("iframe");
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) {
        frames[i].style.height = Math.ceil(data.height) + "px";
      }
    }
  });
})();
