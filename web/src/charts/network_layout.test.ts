import { describe, expect, it } from "vitest";
import { type GraphInput, networkGraph } from "./network_graph";
import { FIRST_RING, radialLayout, SPACING } from "./network_layout";

// `people` people in `networks` networks (person i in network i % networks,
// some in none), met 1 to 5 times.
function graphOf(people: number, networks: number) {
  const input: GraphInput = {
    people: Array.from({ length: people }, (_, i) => ({ id: i + 1, display_name: `P${i + 1}` })),
    networks: Array.from({ length: networks }, (_, i) => ({ id: 100 + i, name: `N${i}` })),
    memberships: Array.from({ length: people }, (_, i) => ({
      id: i + 1,
      network_id: 100 + (i % (networks + 1)),
      person_id: i + 1,
    })),
    encounters: Array.from({ length: people }, (_, i) =>
      Array.from({ length: (i % 5) + 1 }, (_, k) => ({
        occurred_at: new Date(Date.UTC(2026, 0, 1) + (i * 5 + k) * 3_600_000).toISOString(),
        people: [i + 1],
      })),
    ).flat(),
    introductions: [],
  };
  return networkGraph(input);
}

const angleOf = (p: { x: number; y: number }) => Math.atan2(p.y, p.x);

describe("radialLayout", () => {
  it("puts me in the middle and every person around me", () => {
    const graph = graphOf(150, 5);
    const positions = radialLayout(graph);
    expect(positions.get("me")).toEqual({ x: 0, y: 0 });
    expect(positions.size).toBe(graph.nodes.length);
    for (const node of graph.nodes.slice(1)) {
      const p = positions.get(node.id)!;
      expect(Math.hypot(p.x, p.y)).toBeGreaterThanOrEqual(FIRST_RING - 1e-9);
    }
  });

  it("keeps neighbours apart", () => {
    const positions = [...radialLayout(graphOf(150, 5)).values()];
    let closest = Infinity;
    for (let i = 0; i < positions.length; i++) {
      for (let j = i + 1; j < positions.length; j++) {
        closest = Math.min(
          closest,
          Math.hypot(positions[i].x - positions[j].x, positions[i].y - positions[j].y),
        );
      }
    }
    expect(closest).toBeGreaterThan(SPACING / 3);
  });

  it("gives each network its own slice, without overlaps", () => {
    const graph = graphOf(90, 3);
    const positions = radialLayout(graph);
    // Turn the angles so that the first slice starts at 0.
    const turn = (a: number) => (a + Math.PI / 2 + 4 * Math.PI) % (2 * Math.PI);
    const ranges = graph.legend.map((entry) => {
      const angles = graph.nodes
        .filter((n) => n.personId !== null && n.networkId === entry.networkId)
        .map((n) => turn(angleOf(positions.get(n.id)!)));
      return [Math.min(...angles), Math.max(...angles)];
    });
    for (let i = 1; i < ranges.length; i++) {
      expect(ranges[i][0]).toBeGreaterThan(ranges[i - 1][1]);
    }
  });

  it("puts the people met most often nearest to me within a slice", () => {
    const graph = graphOf(60, 2);
    const positions = radialLayout(graph);
    const entry = graph.legend[0];
    const members = graph.nodes.filter(
      (n) => n.personId !== null && n.networkId === entry.networkId,
    );
    const distance = (id: string) => Math.hypot(positions.get(id)!.x, positions.get(id)!.y);
    const most = members.reduce((a, b) => (b.encounters > a.encounters ? b : a));
    const least = members.reduce((a, b) => (b.encounters < a.encounters ? b : a));
    expect(most.encounters).toBeGreaterThan(least.encounters);
    expect(distance(most.id)).toBeLessThanOrEqual(distance(least.id));
  });

  it("has only me for an empty graph", () => {
    expect(radialLayout({ nodes: [], edges: [], legend: [], candidates: 0 }).size).toBe(1);
  });
});
