/* ChildHub: small progressive enhancements shared by every page (no framework).
   - Disclosures (<details data-disclosure>, e.g. the language menu) close on Escape (focus
     returns to their button), on a click outside them and when focus leaves them.
   - A form's error summary (.form-errors) takes focus when the page loads, so that keyboard
     and screen-reader users hear what to correct first. */
(function () {
  "use strict";

  function enhanceDisclosure(details) {
    var summary = details.querySelector("summary");
    function close(returnFocus) {
      if (!details.open) { return; }
      details.open = false;
      if (returnFocus && summary) { summary.focus(); }
    }
    details.addEventListener("keydown", function (event) {
      if (event.key === "Escape" || event.key === "Esc") {
        event.preventDefault();
        close(true);
      }
    });
    details.addEventListener("focusout", function (event) {
      var next = event.relatedTarget;
      if (next && !details.contains(next)) { close(false); }
    });
    document.addEventListener("click", function (event) {
      if (!details.contains(event.target)) { close(false); }
    });
  }

  document.querySelectorAll("details[data-disclosure]").forEach(enhanceDisclosure);

  var errors = document.querySelector(".form-errors");
  if (errors) { errors.focus(); }
})();
