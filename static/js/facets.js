// The register's filters are a disclosure (<details open>): open in the HTML, so they work
// without JavaScript, and folded here on screens narrower than its data-fold-below width,
// where dozens of checkboxes would push the results far down (at 320 px they are one
// "Filter" button). Widening the window opens them again.
(function () {
  "use strict";
  var facets = document.querySelector("details.facets[data-fold-below]");
  if (!facets || !window.matchMedia) {
    return;
  }
  var narrow = window.matchMedia("(max-width: " + facets.getAttribute("data-fold-below") + ")");
  function fit() {
    facets.open = !narrow.matches;
  }
  fit();
  if (narrow.addEventListener) {
    narrow.addEventListener("change", fit);
  }
})();
