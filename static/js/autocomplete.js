// Suggestions for the search box: fills the input's <datalist> with titles and names.
// Without JavaScript the form simply searches; the datalist is the browser's own,
// accessible control, so no custom listbox is needed.
(function () {
  "use strict";
  var inputs = document.querySelectorAll("input[data-autocomplete-url][list]");
  Array.prototype.forEach.call(inputs, function (input) {
    var list = document.getElementById(input.getAttribute("list"));
    var timer = null;
    var latest = 0;
    if (!list) return;
    input.addEventListener("input", function () {
      clearTimeout(timer);
      var value = input.value.trim();
      if (value.length < 2) { list.innerHTML = ""; return; }
      timer = setTimeout(function () {
        var request = ++latest;
        var url = input.dataset.autocompleteUrl;
        fetch(url + (url.indexOf("?") < 0 ? "?" : "&") + "q=" + encodeURIComponent(value), {
          headers: { Accept: "application/json" }, credentials: "same-origin"
        })
          .then(function (response) { return response.ok ? response.json() : { suggestions: [] }; })
          .then(function (data) {
            if (request !== latest) return;
            list.innerHTML = "";
            data.suggestions.forEach(function (item) {
              var option = document.createElement("option");
              option.value = item.label;
              option.label = item.type;
              list.appendChild(option);
            });
          })
          .catch(function () { list.innerHTML = ""; });
      }, 150);
    });
  });
})();
