/* The register's network view: draws the graph that registers/network.py puts in the page as
 * JSON (#network-data) with cytoscape (served by the site itself, see `make vendor`).
 * Everything drawn here is also in the tables of the page, which work without this script.
 * The cytoscape instance is window.registerNetwork (the browser tests read it). */
(function () {
  "use strict";

  var figure = document.getElementById("network-figure");
  var container = document.getElementById("network-graph");
  var dataElement = document.getElementById("network-data");
  if (!figure || !container || !dataElement || typeof window.cytoscape !== "function") {
    return;
  }
  var data = JSON.parse(dataElement.textContent);
  var labels = data.labels || {};
  var status = document.getElementById("network-status");

  // House colours; each has at least 3:1 contrast against the white background (WCAG 1.4.11)
  // and a shape of its own, so colour is never the only cue (1.4.1).
  var PARTNERSHIP = "#00588f";
  var KINDS = {
    gemeente: { color: "#b34700", shape: "ellipse" },
    provincie: { color: "#6f2c91", shape: "diamond" },
  };
  var OTHER = { color: "#2f6b3a", shape: "hexagon" };

  function kind(node) {
    return KINDS[node.data("kind")] || OTHER;
  }

  figure.hidden = false; // the container needs its size before cytoscape measures it

  var nodeCount = data.nodes.length;
  var layout =
    container.dataset.layout === "concentric"
      ? {
          name: "concentric",
          animate: false,
          // The organisation in focus in the middle, its partnerships around it, their other
          // participants outside.
          concentric: function (node) {
            if (node.data("focus")) {
              return 3;
            }
            return node.data("type") === "partnership" ? 2 : 1;
          },
          levelWidth: function () {
            return 1;
          },
          // Rings far enough apart for the names: the middle of a focused network held the
          // most labels, on top of each other.
          minNodeSpacing: 24,
          avoidOverlap: true,
          nodeDimensionsIncludeLabels: true,
          padding: 24,
        }
      : {
          name: "cose",
          animate: false,
          randomize: true,
          // cose's run time grows with the square of the nodes; cooling faster keeps a
          // capped network (up to ~600 nodes) near a second in the browser, at little cost
          // to the picture.
          coolingFactor: nodeCount > 250 ? 0.9 : 0.95,
          idealEdgeLength: function () {
            return 60;
          },
          nodeRepulsion: function () {
            return 20000;
          },
          nodeOverlap: 20,
          gravity: 0.25,
          componentSpacing: 60,
          nodeDimensionsIncludeLabels: true,
          padding: 24,
        };

  var cy = window.cytoscape({
    container: container,
    elements: { nodes: data.nodes, edges: data.edges },
    // Laid out below, once the listeners are in place.
    layout: { name: "preset" },
    // The page scrolls with the wheel as everywhere else; zoom with the buttons or + and -.
    userZoomingEnabled: false,
    boxSelectionEnabled: false,
    autounselectify: true,
    minZoom: 0.1,
    maxZoom: 4,
    style: [
      {
        selector: "node",
        style: {
          label: function (node) {
            return node.data("abbr") || node.data("name");
          },
          "font-family": "Noto Sans Variable, Noto Sans, Arial, sans-serif",
          "font-size": 11,
          color: "#1a1a1a",
          // Names appear as you zoom in (and around the node under the pointer); at the
          // first view of a large network they would only cover each other.
          "min-zoomed-font-size": 12,
          "text-valign": "bottom",
          "text-margin-y": 3,
          "text-background-color": "#ffffff",
          "text-background-opacity": 0.85,
          "text-background-padding": 1,
          "text-wrap": "ellipsis",
          "text-max-width": 160,
          "border-width": 1,
          "border-color": "#ffffff",
        },
      },
      {
        selector: "node[type = 'partnership']",
        style: {
          shape: "round-rectangle",
          "background-color": PARTNERSHIP,
          "font-weight": 700,
          width: function (node) {
            return 14 + 2.5 * Math.sqrt(node.degree());
          },
          height: function (node) {
            return 12 + 2 * Math.sqrt(node.degree());
          },
        },
      },
      {
        selector: "node[type = 'organisation']",
        style: {
          "font-size": 10,
          "min-zoomed-font-size": 13,
          shape: function (node) {
            return kind(node).shape;
          },
          "background-color": function (node) {
            return kind(node).color;
          },
          width: function (node) {
            return 10 + 2.5 * Math.sqrt(node.degree());
          },
          height: function (node) {
            return 10 + 2.5 * Math.sqrt(node.degree());
          },
        },
      },
      {
        selector: "node[?focus]",
        style: {
          "border-width": 4,
          "border-color": "#1a1a1a",
          "min-zoomed-font-size": 0,
          "font-size": 13,
          "font-weight": 700,
        },
      },
      {
        selector: "edge",
        style: { width: 1, "line-color": "#5f6b78", "curve-style": "haystack" },
      },
      { selector: "edge[?lead]", style: { width: 3, "line-color": "#3b4652" } },
      {
        selector: "edge[?ended]",
        style: { "curve-style": "straight", "line-style": "dashed", "line-dash-pattern": [4, 3] },
      },
      { selector: ".is-faded", style: { opacity: 0.25 } },
      // A name that would cover one already drawn waits until zooming in makes room
      // (declutter() below); the node under the pointer or the keyboard always shows its own.
      { selector: "node.is-crowded", style: { "text-opacity": 0 } },
      { selector: "node.is-near", style: { "min-zoomed-font-size": 0, "text-opacity": 1 } },
      {
        // Like the site's focus style: yellow with a dark ring.
        selector: "node.is-active",
        style: {
          "border-width": 3,
          "border-color": "#1a1a1a",
          "underlay-color": "#ffbf47",
          "underlay-opacity": 1,
          "underlay-padding": 6,
          "min-zoomed-font-size": 0,
          "font-size": 13,
          "z-index": 10,
        },
      },
    ],
  });

  var nodes = cy.nodes(); // in the order of the tables: partnerships, then organisations
  var activeIndex = -1;

  // Names are drawn most important first (the organisation in focus, then by number of
  // links); one whose box would overlap a name already drawn is left out at this zoom.
  var byImportance = nodes.sort(function (a, b) {
    return (b.data("focus") ? 1e6 : 0) + b.degree() - ((a.data("focus") ? 1e6 : 0) + a.degree());
  });

  function labelShown(node) {
    var size = parseFloat(node.style("font-size"));
    var threshold = parseFloat(node.style("min-zoomed-font-size"));
    return size * cy.zoom() >= threshold;
  }

  function overlaps(a, b) {
    return a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
  }

  function declutter() {
    var drawn = [];
    cy.batch(function () {
      byImportance.forEach(function (node) {
        node.removeClass("is-crowded");
        if (!labelShown(node)) {
          return;
        }
        var box = node.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true });
        if (drawn.some(function (other) { return overlaps(box, other); })) {
          node.addClass("is-crowded");
        } else {
          drawn.push(box);
        }
      });
    });
  }
  cy.on("zoom", declutter);

  function describe(node) {
    var isPartnership = node.data("type") === "partnership";
    var count = isPartnership ? node.degree() : node.neighborhood("node").length;
    var key = (isPartnership ? "partnership" : "organisation") + (count === 1 ? "_one" : "_other");
    return (labels[key] || "%(name)s")
      .replace("%(name)s", node.data("name"))
      .replace("%(count)s", String(count));
  }

  function highlight(node) {
    cy.batch(function () {
      cy.elements().removeClass("is-active is-near is-faded");
      if (!node) {
        return;
      }
      var near = node.closedNeighborhood();
      cy.elements().not(near).addClass("is-faded");
      near.nodes().addClass("is-near");
      node.addClass("is-active");
    });
    status.textContent = node ? describe(node) : "";
  }

  function open(node) {
    var url = node.data("url");
    if (typeof url === "string" && url.charAt(0) === "/") {
      window.location.assign(url);
    }
  }

  function keepInView(node) {
    var position = node.renderedPosition();
    var margin = 40;
    if (
      position.x < margin ||
      position.y < margin ||
      position.x > container.clientWidth - margin ||
      position.y > container.clientHeight - margin
    ) {
      cy.center(node);
    }
  }

  function zoom(factor) {
    cy.zoom({
      level: cy.zoom() * factor,
      renderedPosition: { x: container.clientWidth / 2, y: container.clientHeight / 2 },
    });
  }

  function select(index) {
    if (!nodes.length) {
      return;
    }
    activeIndex = (index + nodes.length) % nodes.length;
    var node = nodes[activeIndex];
    highlight(node);
    keepInView(node);
  }

  cy.on("tap", "node", function (event) {
    open(event.target);
  });
  cy.on("mouseover", "node", function (event) {
    container.style.cursor = "pointer";
    highlight(event.target);
  });
  cy.on("mouseout", "node", function () {
    container.style.cursor = "";
    highlight(activeIndex >= 0 ? nodes[activeIndex] : null);
  });

  // Cytoscape caches where its container is on the page. Content above it can move after
  // the drawing (web fonts swapping in, the page scrolling), and clicks would then land
  // beside the nodes; measure again whenever the pointer comes in.
  container.addEventListener("pointerenter", function () {
    cy.resize();
  });
  if (document.fonts && document.fonts.ready) {
    document.fonts.ready.then(function () {
      cy.resize();
    });
  }

  container.addEventListener("keydown", function (event) {
    var handled = true;
    switch (event.key) {
      case "ArrowRight":
      case "ArrowDown":
        select(activeIndex + 1);
        break;
      case "ArrowLeft":
      case "ArrowUp":
        select(activeIndex < 0 ? nodes.length - 1 : activeIndex - 1);
        break;
      case "Home":
        select(0);
        break;
      case "End":
        select(nodes.length - 1);
        break;
      case "Enter":
      case " ":
        if (activeIndex >= 0) {
          open(nodes[activeIndex]);
        }
        break;
      case "Escape":
        activeIndex = -1;
        highlight(null);
        break;
      case "+":
      case "=":
        zoom(1.25);
        break;
      case "-":
        zoom(0.8);
        break;
      case "0":
        cy.fit(undefined, 24);
        break;
      default:
        handled = false;
    }
    if (handled) {
      event.preventDefault(); // the arrow keys would scroll the page as well
    }
  });
  container.addEventListener("focus", function () {
    if (activeIndex < 0) {
      status.textContent = labels.help || "";
    }
  });

  figure.querySelectorAll("[data-network-zoom]").forEach(function (button) {
    button.addEventListener("click", function () {
      var action = button.getAttribute("data-network-zoom");
      if (action === "in") {
        zoom(1.25);
      } else if (action === "out") {
        zoom(0.8);
      } else {
        cy.fit(undefined, 24);
      }
    });
  });

  // The instance is published (for the browser tests) when the layout has finished, so that
  // whoever reads node positions from it reads the final ones.
  container.setAttribute("aria-busy", "true");
  var run = cy.layout(layout);
  run.one("layoutstop", function () {
    declutter();
    container.removeAttribute("aria-busy");
    window.registerNetwork = cy;
  });
  run.run();
})();
