// pipeline report: sortable, filterable tables shown 200 rows at a time (the rest are kept out of the page
// until asked for: laying out thousands of rows is what makes a big report slow); figures and dates
// selected by click or keyboard (their card stays open and their source's mention and cue are outlined).
// No network, no library.
(function () {
  "use strict";
  var PAGE = 200;
  function cellValue(td) {
    var v = td.getAttribute("data-sort");
    if (v === null) v = td.textContent.trim();
    var n = Number(v.replace(/[\s\u00a0\u202f]/g, "").replace(",", "."));
    return v !== "" && !isNaN(n) ? n : v.toLowerCase();
  }
  var tables = {};
  function Table(table) {
    var body = table.tBodies[0];
    var self = { table: table, all: Array.prototype.slice.call(body.rows), words: [], limit: PAGE, shown: [] };
    self.all.forEach(function (r, i) { r._i = i; });
    var more = document.createElement("button");
    more.type = "button";
    more.className = "more";
    more.hidden = true;
    (table.closest(".scroll") || table).insertAdjacentElement("afterend", more);
    more.addEventListener("click", function () { self.limit += PAGE; self.draw(); });
    var count = document.getElementById(table.id + "-count");
    self.apply = function () {
      var words = self.words;
      self.shown = !words.length ? self.all.slice() : self.all.filter(function (r) {
        var text = r._text || (r._text = r.textContent.toLowerCase());
        return words.every(function (w) { return text.indexOf(w) >= 0; });
      });
      if (self.sortCol !== undefined) {
        var col = self.sortCol, sign = self.asc ? 1 : -1;
        var keyed = self.shown.map(function (r) { return { row: r, key: cellValue(r.cells[col]) }; });
        keyed.sort(function (a, b) {
          var x = a.key, y = b.key;
          if (typeof x !== typeof y) { x = String(x); y = String(y); }
          return x < y ? -sign : x > y ? sign : a.row._i - b.row._i;
        });
        self.shown = keyed.map(function (k) { return k.row; });
      }
      self.draw();
    };
    self.draw = function () {
      var frag = document.createDocumentFragment();
      self.shown.slice(0, self.limit).forEach(function (r) { frag.appendChild(r); });
      body.textContent = "";
      body.appendChild(frag);
      var rest = self.shown.length - self.limit;
      more.hidden = rest <= 0;
      more.textContent = "show " + Math.min(PAGE, rest) + " more (" + rest + " not shown)";
      if (count) count.textContent = self.shown.length;
    };
    self.reveal = function (row) {  // a row named by the address (#group-3): drawn, then scrolled to
      var at = self.shown.indexOf(row);
      if (at < 0) { self.words = []; self.apply(); at = self.shown.indexOf(row); }
      if (at >= self.limit) { self.limit = (Math.floor(at / PAGE) + 1) * PAGE; self.draw(); }
      row.scrollIntoView({ block: "center" });
    };
    table.querySelectorAll("th").forEach(function (th, col) {
      th.addEventListener("click", function () {
        self.asc = !(self.sortCol === col && self.asc);
        self.sortCol = col;
        table.querySelectorAll("th").forEach(function (h) { h.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", self.asc ? "ascending" : "descending");
        self.apply();
      });
    });
    self.apply();
    return self;
  }
  document.querySelectorAll("table.sortable").forEach(function (t) { tables[t.id] = Table(t); });
  document.querySelectorAll("input.filter").forEach(function (input) {
    var t = tables[input.getAttribute("data-table")];
    if (!t) return;
    input.addEventListener("input", function () {
      t.words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
      t.limit = PAGE;
      t.apply();
    });
  });
  function revealTarget() {
    var id = decodeURIComponent(location.hash.slice(1));
    if (!id || document.getElementById(id)) {
      var el = id && document.getElementById(id);
      if (el && el.tagName === "TR") el.scrollIntoView({ block: "center" });
      return;
    }
    Object.keys(tables).forEach(function (k) {
      var row = tables[k].all.filter(function (r) { return r.id === id; })[0];
      if (row) tables[k].reveal(row);
    });
  }
  window.addEventListener("hashchange", revealTarget);
  revealTarget();

  function link(mark, on) {
    var src = mark.getAttribute("data-src");
    if (src === null) return;
    var root = mark.closest(".article") || document;
    root.querySelectorAll('mark[data-src="' + src + '"]:not(.fig):not(.date)').forEach(
      function (m) { m.classList.toggle("linked", on); });
  }
  function select(mark) {
    var was = mark.classList.contains("selected");
    document.querySelectorAll("mark.selected").forEach(function (m) {
      m.classList.remove("selected"); link(m, false);
    });
    if (!was) { mark.classList.add("selected"); link(mark, true); }
  }
  document.querySelectorAll(".article mark.fig, .article mark.date").forEach(function (mark) {
    mark.addEventListener("mouseenter", function () { link(mark, true); });
    mark.addEventListener("mouseleave", function () { if (!mark.classList.contains("selected")) link(mark, false); });
    mark.addEventListener("click", function () { select(mark); });
    mark.addEventListener("keydown", function (e) {
      if (e.key === "Enter" || e.key === " ") { e.preventDefault(); select(mark); }
      if (e.key === "Escape") { mark.classList.remove("selected"); link(mark, false); mark.blur(); }
    });
  });
})();
