// Cytoscape.js, loaded on demand (import("./cytoscape_view")) so that it
// lands in its own chunk. Draws the network map's graph into a container
// (laid out by network_layout.ts) and opens a person's page when their
// node is tapped or clicked.
import cytoscape from "cytoscape";
import type { Graph } from "./network_graph";
import { radialLayout } from "./network_layout";
import { BORDER_COLOUR, ENCOUNTER_COLOUR, INTRODUCTION_COLOUR } from "./palette";

// Cytoscape adds a <style> element that makes its container
// position: relative, unless an element with this id is already in the
// document. The CSP refuses inline <style>, so the app claims the id with
// an empty element and charts.css positions the container instead (the
// way cytoscape.js's pull request #2318 describes).
const STYLESHEET_ID = "__________cytoscape_stylesheet";

function claimStylesheet() {
  if (document.getElementById(STYLESHEET_ID)) return;
  const marker = document.createElement("meta");
  marker.id = STYLESHEET_ID;
  document.head.appendChild(marker);
}

const STYLE: cytoscape.StylesheetJson = [
  {
    selector: "node[size]",
    style: {
      "background-color": "data(colour)",
      shape: "data(shape)" as cytoscape.Css.NodeShape,
      width: "data(size)",
      height: "data(size)",
      "border-width": 1.5,
      "border-color": BORDER_COLOUR,
      label: "data(label)",
      "font-size": 11,
      "min-zoomed-font-size": 6,
      color: "#1d2330",
      "text-valign": "bottom",
      "text-margin-y": 2,
      "text-outline-color": "#ffffff",
      "text-outline-width": 2,
    },
  },
  { selector: "node#me", style: { "font-size": 12, "font-weight": "bold", "z-index": 10 } },
  {
    selector: "edge",
    style: {
      "curve-style": "straight",
      width: "mapData(weight, 1, 8, 1, 4)",
      "line-color": ENCOUNTER_COLOUR,
      opacity: 0.7,
    },
  },
  {
    selector: "edge.introduction",
    style: { "line-color": INTRODUCTION_COLOUR, width: 2.5, opacity: 1, "z-index": 5 },
  },
  { selector: "edge.planned", style: { "line-style": "dashed" } },
];

export interface NetworkView {
  destroy(): void;
}

export function drawNetwork(
  container: HTMLElement,
  graph: Graph,
  onOpen: (personId: number) => void,
): NetworkView {
  claimStylesheet();
  const cy = cytoscape({
    container,
    elements: [
      ...graph.nodes.map((n) => ({
        group: "nodes" as const,
        data: {
          id: n.id,
          label: n.label,
          colour: n.style.colour,
          shape: n.style.shape,
          size: n.personId === null ? 30 : 14 + 2 * Math.min(n.encounters, 8),
          person: n.personId,
        },
      })),
      ...graph.edges.map((e) => ({
        group: "edges" as const,
        data: { id: e.id, source: e.source, target: e.target, weight: e.weight },
        classes: e.planned ? `${e.kind} planned` : e.kind,
      })),
    ],
    style: STYLE,
    layout: {
      name: "preset",
      positions: Object.fromEntries(radialLayout(graph)),
      fit: true,
      padding: 16,
    },
    minZoom: 0.2,
    maxZoom: 4,
  });
  cy.on("tap", "node", (event) => {
    const person = event.target.data("person") as number | null;
    if (person !== null) onOpen(person);
  });
  return { destroy: () => cy.destroy() };
}
