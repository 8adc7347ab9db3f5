/* The library's and the search's filters (progressive enhancement: without this script the
   filter panel is a form beside or above the results and works the same).
   - On small screens the panel moves into a modal dialog opened by the "Filters" button: the
     results come first. Escape, the Close button or a click outside closes it, and focus
     returns to the button. On wide screens it stays in the sidebar.
   - After filtering, sorting or paging (a full page load), focus moves to the results
     heading and the live region announces the new count. */
(function () {
  "use strict";
  var FOCUS_KEY = "childhub:results-focus";
  var SMALL = "(max-width: 47.99rem)";

  function remember() {
    try { window.sessionStorage.setItem(FOCUS_KEY, window.location.pathname); } catch (error) { /* private mode */ }
  }

  function recall() {
    try {
      var path = window.sessionStorage.getItem(FOCUS_KEY);
      window.sessionStorage.removeItem(FOCUS_KEY);
      return path === window.location.pathname;
    } catch (error) { return false; }
  }

  function focusResults() {
    var heading = document.getElementById("results-heading");
    var status = document.getElementById("results-status");
    if (!heading) { return; }
    heading.focus();
    if (status) {
      // Filled once the page has settled, so that screen readers announce it.
      window.setTimeout(function () { status.textContent = heading.textContent.trim(); }, 400);
    }
  }

  function watchNavigation() {
    document.addEventListener("submit", function (event) {
      var form = event.target;
      if (form.closest("[data-finder]") && form.method.toLowerCase() === "get") { remember(); }
    });
    document.addEventListener("click", function (event) {
      var link = event.target.closest ? event.target.closest("a[href]") : null;
      if (!link || !link.closest("[data-finder]") || link.getAttribute("href").charAt(0) === "#") { return; }
      var target = new URL(link.href, window.location.href);
      if (target.origin === window.location.origin && target.pathname === window.location.pathname) {
        remember();  // a filter removed, the filters cleared, another page of results
      }
    });
  }

  function filterDialog() {
    var panel = document.querySelector("[data-filter-panel]");
    var opener = document.querySelector("[data-open-filters]");
    if (!panel || !opener || typeof HTMLDialogElement !== "function") { return; }
    var form = panel.parentNode;  // the filter form: the panel moves, the form stays
    var closer = panel.querySelector("[data-close-filters]");
    var title = panel.querySelector("h2[id]");
    var dialog = document.createElement("dialog");
    dialog.className = "filter-dialog";
    if (title) { dialog.setAttribute("aria-labelledby", title.id); }
    form.insertBefore(dialog, panel);
    var small = window.matchMedia(SMALL);

    function place() {
      if (small.matches) {
        dialog.appendChild(panel);
        form.classList.add("finder__filters--dialog");
        opener.hidden = false;
        if (closer) { closer.hidden = false; }
      } else {
        if (dialog.open) { dialog.close(); }
        form.appendChild(panel);
        form.classList.remove("finder__filters--dialog");
        opener.hidden = true;
        if (closer) { closer.hidden = true; }
      }
    }

    opener.addEventListener("click", function () {
      dialog.showModal();
      (closer || dialog).focus();
    });
    if (closer) { closer.addEventListener("click", function () { dialog.close(); }); }
    dialog.addEventListener("click", function (event) {
      if (event.target === dialog) { dialog.close(); }  // the backdrop
    });
    dialog.addEventListener("close", function () {
      if (small.matches) { opener.focus(); }
    });
    if (small.addEventListener) { small.addEventListener("change", place); }
    place();
  }

  watchNavigation();
  filterDialog();
  if (recall()) { focusResults(); }
})();
