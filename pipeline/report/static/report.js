// pipeline report: sortable, filterable tables; figures selected by click or keyboard (their card stays
// open and their source's mention and cue are outlined). No network, no library.
(function () {
  "use strict";
  function cellValue(td) {
    var v = td.getAttribute("data-sort");
    if (v === null) v = td.textContent.trim();
    var n = Number(v.replace(/[\s\u00a0\u202f]/g, "").replace(",", "."));
    return v !== "" && !isNaN(n) ? n : v.toLowerCase();
  }
  document.querySelectorAll("table.sortable").forEach(function (table) {
    table.querySelectorAll("th").forEach(function (th, col) {
      th.addEventListener("click", function () {
        var asc = th.getAttribute("aria-sort") !== "ascending";
        table.querySelectorAll("th").forEach(function (h) { h.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", asc ? "ascending" : "descending");
        var body = table.tBodies[0];
        var keyed = Array.prototype.map.call(body.rows, function (r, i) {
          return { row: r, key: cellValue(r.cells[col]), i: i };  // each cell read once
        });
        keyed.sort(function (a, b) {
          var x = a.key, y = b.key;
          if (typeof x !== typeof y) { x = String(x); y = String(y); }
          return (x < y ? -1 : x > y ? 1 : a.i - b.i) * (asc ? 1 : -1);
        });
        var frag = document.createDocumentFragment();
        keyed.forEach(function (k) { frag.appendChild(k.row); });
        body.appendChild(frag);
      });
    });
  });
  document.querySelectorAll("input.filter").forEach(function (input) {
    var table = document.getElementById(input.getAttribute("data-table"));
    var count = document.getElementById(input.getAttribute("data-table") + "-count");
    input.addEventListener("input", function () {
      var words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
      var shown = 0;
      Array.prototype.forEach.call(table.tBodies[0].rows, function (row) {
        var text = row.textContent.toLowerCase();
        var ok = words.every(function (w) { return text.indexOf(w) >= 0; });
        row.hidden = !ok;
        if (ok) shown++;
      });
      if (count) count.textContent = shown;
    });
  });
  function link(mark, on) {
    var src = mark.getAttribute("data-src");
    if (src === null) return;
    var root = mark.closest(".article") || document;
    root.querySelectorAll('mark.src[data-src="' + src + '"], mark.cue[data-src="' + src + '"]').forEach(
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
    });
  });
})();
