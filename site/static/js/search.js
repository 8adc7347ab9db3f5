/* Title suggestions for search boxes (progressive enhancement: without this script the form
   simply submits). Every input[data-suggest-url] becomes an ARIA 1.2 combobox with a listbox
   popup: type two characters; Down and Up move through the suggestions (the input keeps
   focus, aria-activedescendant points at the highlighted one), Enter opens it, Escape closes
   the list and keeps what was typed (a second Escape clears the box, as a search box does),
   Tab leaves. The options are plain text, not links. A polite live region says how many
   suggestions there are; the list's name and that sentence come, translated, with the
   suggestions (search/views.py). */
(function () {
  "use strict";
  var DELAY_MS = 150;

  function enhance(input, index) {
    var list = document.createElement("ul");
    var status = document.createElement("div");
    var timer = null;
    var request = 0;
    var active = -1;
    var urls = [];
    list.id = "search-suggestions-" + index;
    list.className = "suggestions";
    list.setAttribute("role", "listbox");
    list.hidden = true;
    status.id = list.id + "-status";
    status.className = "visually-hidden";
    status.setAttribute("role", "status");
    input.insertAdjacentElement("afterend", list);
    list.insertAdjacentElement("afterend", status);
    input.parentNode.classList.add("has-suggestions");
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", list.id);

    function options() { return list.querySelectorAll("[role=option]"); }

    function isOpen() { return !list.hidden; }

    function close() {
      list.hidden = true;
      active = -1;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
    }

    function clear() {
      close();
      list.textContent = "";
      urls = [];
      status.textContent = "";
    }

    function open() {
      if (!urls.length) { return; }
      list.hidden = false;
      input.setAttribute("aria-expanded", "true");
    }

    function highlight(next) {
      var items = options();
      if (!items.length) { return; }
      active = (next + items.length) % items.length;
      items.forEach(function (item, position) {
        item.setAttribute("aria-selected", position === active ? "true" : "false");
      });
      input.setAttribute("aria-activedescendant", items[active].id);
      items[active].scrollIntoView({ block: "nearest" });
    }

    function choose(position) {
      if (urls[position]) { window.location.assign(urls[position]); }
    }

    function show(data) {
      var suggestions = data.suggestions || [];
      clear();
      if (data.label) { list.setAttribute("aria-label", data.label); }
      suggestions.forEach(function (suggestion, position) {
        var item = document.createElement("li");
        item.id = list.id + "-" + position;
        item.setAttribute("role", "option");
        item.setAttribute("aria-selected", "false");
        item.textContent = suggestion.title;
        item.addEventListener("click", function () { choose(position); });
        item.addEventListener("mousemove", function () { if (active !== position) { highlight(position); } });
        urls.push(suggestion.url);
        list.appendChild(item);
      });
      status.textContent = data.status || "";
      open();
    }

    function fetchSuggestions() {
      var text = input.value.trim();
      var mine = ++request;
      if (text.length < 2) { clear(); return; }
      fetch(input.dataset.suggestUrl + "?q=" + encodeURIComponent(text), {
        headers: { Accept: "application/json" },
        credentials: "same-origin"
      })
        .then(function (response) { return response.ok ? response.json() : { suggestions: [] }; })
        .then(function (data) { if (mine === request && document.activeElement === input) { show(data); } })
        .catch(clear);
    }

    input.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(fetchSuggestions, DELAY_MS);
    });
    input.addEventListener("keydown", function (event) {
      if (event.key === "ArrowDown" || event.key === "ArrowUp") {
        if (!urls.length) { return; }
        event.preventDefault();
        if (!isOpen()) { open(); }
        if (event.altKey) { return; }  // Alt+Down opens the list without moving
        highlight(event.key === "ArrowDown" ? active + 1 : (active < 0 ? -1 : active - 1));
      } else if (event.key === "Escape" && isOpen()) {
        event.preventDefault();  // a search box would also clear what was typed
        close();
      } else if (event.key === "Enter" && isOpen() && active >= 0) {
        event.preventDefault();
        choose(active);
      } else if (event.key === "Tab") {
        close();
      }
    });
    // A click on an option must not take focus from the box first.
    list.addEventListener("mousedown", function (event) { event.preventDefault(); });
    input.addEventListener("blur", close);
  }

  document.querySelectorAll("input[data-suggest-url]").forEach(enhance);
})();
