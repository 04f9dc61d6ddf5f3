// Interactive entity network. All article-derived strings reach the DOM only via
// textContent / value (never innerHTML), so names and sentences cannot inject markup.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("kg-data").textContent);
  var meta = data.meta;

  function el(tag, cls, text, dir) {
    var node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined && text !== null) node.textContent = String(text);
    if (dir) node.dir = dir;
    return node;
  }

  function nodeTooltip(n) {
    var box = el("div");
    box.appendChild(el("div", "tip-ar", n.label_ar, "rtl"));
    if (n.aliases.length) box.appendChild(el("div", "tip-alias", n.aliases.join("\u060c "), "rtl"));
    if (n.label_en) box.appendChild(el("div", "tip-en", n.label_en, "ltr"));
    var articles = n.articles + (n.articles === 1 ? " article" : " articles");
    box.appendChild(el("div", "tip-meta", n.cls + " (" + n.coarse + ") \u00b7 " + articles +
      " \u00b7 " + n.degree + " connections", "ltr"));
    return box;
  }

  function edgeTooltip(e) {
    var box = el("div");
    var head = e.predicate + (e.negated ? " (negated)" : "") + (e.count > 1 ? " \u00d7" + e.count : "");
    box.appendChild(el("div", "tip-en", head, "ltr"));
    var extra = [];
    if (e.dates.length) extra.push("date: " + e.dates.join(", "));
    if (e.docs.length) extra.push("articles: " + e.docs.join(", "));
    if (extra.length) box.appendChild(el("div", "tip-meta", extra.join(" \u00b7 "), "ltr"));
    e.sentences.forEach(function (s) { box.appendChild(el("div", "tip-sentence", s, "rtl")); });
    if (e.more > 0) box.appendChild(el("div", "tip-meta", "\u2026 and " + e.more + " more", "ltr"));
    return box;
  }

  var nodes = new vis.DataSet(data.nodes.map(function (n) {
    var item = {
      id: n.id, label: n.label_en ? n.label_ar + "\n" + n.label_en : n.label_ar,
      title: nodeTooltip(n), color: n.color, size: n.size, shape: "dot",
      cls: n.cls, degree: n.degree, label_ar: n.label_ar, label_en: n.label_en
    };
    if (n.x !== undefined) { item.x = n.x; item.y = n.y; }
    return item;
  }));
  var edges = new vis.DataSet(data.edges.map(function (e) {
    return {
      id: e.id, from: e.from, to: e.to, label: e.label, title: edgeTooltip(e),
      dashes: e.negated, arrows: "to", width: Math.min(1 + Math.log2(e.count), 6),
      color: e.negated ? { color: "#b55", highlight: "#d33" } : undefined
    };
  }));

  // Filter state: enabled classes, minimum degree, and an optional ego centre.
  var state = { classes: new Set(Object.keys(meta.classes)), minDegree: 0, ego: null };
  var adjacency = new Map();
  data.edges.forEach(function (e) {
    if (!adjacency.has(e.from)) adjacency.set(e.from, new Set());
    if (!adjacency.has(e.to)) adjacency.set(e.to, new Set());
    adjacency.get(e.from).add(e.to);
    adjacency.get(e.to).add(e.from);
  });

  function neighbourhood(center, depth) {
    var seen = new Set([center]), frontier = [center];
    for (var d = 0; d < depth; d++) {
      var next = [];
      frontier.forEach(function (id) {
        (adjacency.get(id) || new Set()).forEach(function (m) {
          if (!seen.has(m)) { seen.add(m); next.push(m); }
        });
      });
      frontier = next;
    }
    return seen;
  }

  function nodeVisible(n) {
    if (state.ego) return state.ego.has(n.id);
    return state.classes.has(n.cls) && n.degree >= state.minDegree;
  }
  var nodeView = new vis.DataView(nodes, { filter: nodeVisible });
  var edgeView = new vis.DataView(edges, {
    filter: function (e) { return nodeView.get(e.from) !== null && nodeView.get(e.to) !== null; }
  });

  var options = {
    autoResize: true,
    nodes: { font: { size: 14, face: "Noto Sans, Noto Naskh Arabic, DejaVu Sans, sans-serif", multi: false },
             borderWidth: 1 },
    edges: { font: { size: 10, align: "middle", color: "#444", strokeWidth: 2 },
             smooth: meta.physics ? { type: "continuous" } : false,
             arrows: { to: { scaleFactor: 0.5 } } },
    interaction: { hover: true, tooltipDelay: 150, hideEdgesOnDrag: !meta.physics,
                   hideEdgesOnZoom: !meta.physics },
    layout: { randomSeed: 7, improvedLayout: meta.physics && data.nodes.length <= 150 },
    physics: meta.physics ? {
      solver: "forceAtlas2Based",
      forceAtlas2Based: { gravitationalConstant: -60, springLength: 120 },
      stabilization: { enabled: true, iterations: meta.iterations, updateInterval: 50, fit: true }
    } : false
  };

  var container = document.getElementById("kg-network");
  var network = new vis.Network(container, { nodes: nodeView, edges: edgeView }, options);
  window.kgNetwork = network;
  window.kgNodes = nodes;
  window.kgReady = false;

  function markReady() {
    if (meta.physics) network.setOptions({ physics: false }); // stop drifting once laid out
    window.kgReady = true;
    document.body.setAttribute("data-ready", "1");
    updateStatus();
  }
  if (meta.physics) network.once("stabilizationIterationsDone", markReady);
  else network.once("afterDrawing", markReady);

  function updateStatus() {
    var shown = nodeView.length, total = nodes.length;
    var text = shown + " of " + total + " entities, " + edgeView.length + " links";
    if (state.ego) text += " (neighbourhood view)";
    document.getElementById("status").textContent = text;
  }

  function refresh(fit) {
    nodeView.refresh();
    edgeView.refresh();
    updateStatus();
    if (fit) network.fit({ animation: false });
  }

  // Class checkboxes with colour swatches (legend and filter in one).
  var classBox = document.getElementById("classes");
  Object.keys(meta.classes).sort().forEach(function (cls) {
    var label = el("label");
    var box = el("input");
    box.type = "checkbox";
    box.checked = true;
    box.addEventListener("change", function () {
      if (box.checked) state.classes.add(cls); else state.classes.delete(cls);
      refresh(false);
    });
    var swatch = el("span", "swatch");
    swatch.style.background = meta.classes[cls];
    label.appendChild(box);
    label.appendChild(swatch);
    label.appendChild(document.createTextNode(cls));
    classBox.appendChild(label);
  });

  // Search: datalist of Arabic and English names; picking one shows its neighbourhood.
  var byName = new Map();
  var list = document.getElementById("kg-names");
  data.nodes.forEach(function (n) {
    [n.label_ar, n.label_en].concat(n.aliases).forEach(function (name) {
      if (!name || byName.has(name)) return;
      byName.set(name, n.id);
      var opt = document.createElement("option");
      opt.value = name;
      list.appendChild(opt);
    });
  });

  function findNode(query) {
    var q = query.trim();
    if (!q) return null;
    if (byName.has(q)) return byName.get(q);
    var lower = q.toLowerCase();
    for (var i = 0; i < data.nodes.length; i++) {
      var n = data.nodes[i];
      if (n.label_ar.indexOf(q) >= 0 || (n.label_en && n.label_en.toLowerCase().indexOf(lower) >= 0) ||
          n.aliases.some(function (a) { return a.indexOf(q) >= 0; })) return n.id;
    }
    return null;
  }

  function showEgo() {
    var id = findNode(document.getElementById("kg-search").value);
    if (id === null) { state.ego = null; refresh(false); return; }
    state.ego = neighbourhood(id, parseInt(document.getElementById("kg-depth").value, 10));
    refresh(true);
    network.selectNodes([id]);
  }
  document.getElementById("kg-search").addEventListener("change", showEgo);
  document.getElementById("kg-depth").addEventListener("change", function () { if (state.ego) showEgo(); });
  document.getElementById("kg-mindeg").addEventListener("input", function (ev) {
    var v = parseInt(ev.target.value, 10);
    state.minDegree = isNaN(v) ? 0 : v;
    refresh(false);
  });
  document.getElementById("kg-reset").addEventListener("click", function () {
    state.ego = null;
    document.getElementById("kg-search").value = "";
    refresh(true);
  });
  network.on("doubleClick", function (params) {
    if (!params.nodes.length) return;
    var n = nodes.get(params.nodes[0]);
    document.getElementById("kg-search").value = n.label_ar;
    showEgo();
  });
  updateStatus();
})();
