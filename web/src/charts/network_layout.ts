// Where the network map puts each node: me in the middle, each network a
// slice of the circle around me (as wide as its share of the people), and
// within a slice the people met most often closest to me. Pure and
// deterministic, so the map looks the same each time it is opened and a
// phone has no physics simulation to run for 150 nodes.
import { ME, type Graph } from "./network_graph";

export interface Point {
  x: number;
  y: number;
}

export const FIRST_RING = 90; // distance of the innermost ring from me
export const RING_GAP = 48; // between rings
export const SPACING = 56; // at least between neighbours on a ring
const SLICE_GAP = 0.06; // radians left empty between two slices

// The positions of `count` nodes in a slice from angle `from`, `span` wide.
function fillSlice(from: number, span: number, count: number): Point[] {
  const points: Point[] = [];
  for (let ring = 0; points.length < count; ring++) {
    const radius = FIRST_RING + ring * RING_GAP;
    const fits = Math.max(1, Math.floor((span * radius) / SPACING));
    const here = Math.min(fits, count - points.length);
    for (let i = 0; i < here; i++) {
      // Spread over the slice, every other ring shifted by half a step so
      // that the lines from me do not run through the inner nodes.
      const angle = from + (span * (i + (ring % 2 ? 0.75 : 0.25))) / here;
      points.push({ x: radius * Math.cos(angle), y: radius * Math.sin(angle) });
    }
  }
  return points;
}

export function radialLayout(graph: Graph): Map<string, Point> {
  const positions = new Map<string, Point>([[ME, { x: 0, y: 0 }]]);
  const people = graph.nodes.filter((n) => n.personId !== null);
  if (people.length === 0) return positions;
  const gaps = graph.legend.length > 1 ? graph.legend.length * SLICE_GAP : 0;
  const perPerson = (2 * Math.PI - gaps) / people.length;
  let angle = -Math.PI / 2; // the first slice starts at the top
  for (const entry of graph.legend) {
    const members = people
      .filter((n) => n.networkId === entry.networkId)
      .sort((a, b) => b.encounters - a.encounters || a.label.localeCompare(b.label));
    const span = perPerson * members.length;
    fillSlice(angle, span, members.length).forEach((p, i) => positions.set(members[i].id, p));
    angle += span + (gaps ? SLICE_GAP : 0);
  }
  return positions;
}
