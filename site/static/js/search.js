/* Title suggestions for search boxes (progressive enhancement: without this script the form
   simply submits). Every input[data-suggest-url] becomes an ARIA 1.2 combobox: type two
   characters, choose with the arrow keys and Enter, or keep typing and submit. */
(function () {
  "use strict";
  var DELAY_MS = 150;

  function enhance(input, index) {
    var list = document.createElement("ul");
    var timer = null;
    var request = 0;
    var active = -1;
    list.id = "search-suggestions-" + index;
    list.className = "suggestions";
    list.setAttribute("role", "listbox");
    list.hidden = true;
    input.insertAdjacentElement("afterend", list);
    input.parentNode.classList.add("has-suggestions");
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", list.id);

    function options() { return list.querySelectorAll("[role=option]"); }

    function close() {
      list.hidden = true;
      list.textContent = "";
      active = -1;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
    }

    function highlight(next) {
      var items = options();
      if (!items.length) { return; }
      active = (next + items.length) % items.length;
      items.forEach(function (item, position) {
        item.setAttribute("aria-selected", position === active ? "true" : "false");
      });
      input.setAttribute("aria-activedescendant", items[active].id);
    }

    function show(suggestions) {
      close();
      suggestions.forEach(function (suggestion, position) {
        var item = document.createElement("li");
        var link = document.createElement("a");
        item.id = list.id + "-" + position;
        item.setAttribute("role", "option");
        item.setAttribute("aria-selected", "false");
        link.href = suggestion.url;
        link.tabIndex = -1;
        link.textContent = suggestion.title;
        item.appendChild(link);
        list.appendChild(item);
      });
      if (suggestions.length) {
        list.hidden = false;
        input.setAttribute("aria-expanded", "true");
      }
    }

    function fetchSuggestions() {
      var text = input.value.trim();
      var mine = ++request;
      if (text.length < 2) { close(); return; }
      fetch(input.dataset.suggestUrl + "?q=" + encodeURIComponent(text), {
        headers: { Accept: "application/json" },
        credentials: "same-origin"
      })
        .then(function (response) { return response.ok ? response.json() : { suggestions: [] }; })
        .then(function (data) { if (mine === request) { show(data.suggestions || []); } })
        .catch(close);
    }

    input.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(fetchSuggestions, DELAY_MS);
    });
    input.addEventListener("keydown", function (event) {
      if (list.hidden) { return; }
      if (event.key === "ArrowDown") { event.preventDefault(); highlight(active + 1); }
      else if (event.key === "ArrowUp") { event.preventDefault(); highlight(active - 1); }
      else if (event.key === "Escape") { close(); }
      else if (event.key === "Enter" && active >= 0) {
        event.preventDefault();
        window.location.assign(options()[active].querySelector("a").href);
      }
    });
    input.addEventListener("blur", function () { setTimeout(close, 200); });
  }

  document.querySelectorAll("input[data-suggest-url]").forEach(enhance);
})();
