// The admin's lists of checkboxes with a filter box (home/choosers.py): typing keeps the
// options whose label contains the text (ignoring case and accents); chosen ones stay.
(function () {
  "use strict";

  function fold(text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }

  function attach(container) {
    if (container.dataset.filterableReady) {
      return;
    }
    container.dataset.filterableReady = "true";
    var filter = container.querySelector("[data-filterable-checkboxes-filter]");
    var options = Array.prototype.slice.call(container.querySelectorAll("input[type=checkbox]"));
    filter.addEventListener("input", function () {
      var wanted = fold(filter.value.trim());
      options.forEach(function (checkbox) {
        var row = checkbox.closest(".filterable-checkboxes__option");
        var label = fold(row.textContent);
        row.hidden = !(checkbox.checked || wanted === "" || label.indexOf(wanted) !== -1);
      });
    });
    filter.addEventListener("keydown", function (event) {
      if (event.key === "Enter") {
        event.preventDefault(); // Enter filters; it does not submit the page form
      }
    });
  }

  function attachAll() {
    document.querySelectorAll("[data-filterable-checkboxes]").forEach(attach);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", attachAll);
  } else {
    attachAll();
  }
})();
