// The "being prepared" page (templates/preparing.html): asks the same address again every
// few seconds (202 while the file is being made) and opens it once it answers 200. The
// status text is a live region, so screen readers hear when the file is ready; the page
// itself never reloads under the reader.
(function () {
  "use strict";
  var box = document.querySelector("[data-preparing-url]");
  if (!box || !window.fetch) return;
  var url = box.dataset.preparingUrl;
  var wait = Math.max(2, parseInt(box.dataset.retryAfter, 10) || 5) * 1000;
  var status = box.querySelector("[data-preparing-status]");
  var ready = box.querySelector("[data-preparing-ready]");
  var tries = 0;
  function check() {
    tries += 1;
    fetch(url, { method: "HEAD", headers: { Accept: "application/json" }, credentials: "same-origin" })
      .then(function (response) {
        if (response.status === 200) {
          status.textContent = ready.textContent;
          window.location.assign(url);
        } else if (response.status === 202 && tries < 120) {
          setTimeout(check, wait);
        }
        // Anything else (503, an error): stop; the link on the page still works.
      })
      .catch(function () { /* offline: the link on the page still works */ });
  }
  setTimeout(check, wait);
})();
