import { describe, expect, it } from "vitest";
import {
  chooseNodeIds,
  type GraphInput,
  networkGraph,
  peopleByNetwork,
} from "./network_graph";
import { COLOURS, NO_NETWORK_COLOUR, SHAPES, networkStyle } from "./palette";

const input = (): GraphInput => ({
  people: [
    { id: 1, display_name: "Anna" },
    { id: 2, display_name: "Ben" },
    { id: 3, display_name: "Clara" },
    { id: 4, display_name: "Dirk" },
    { id: 5, display_name: "Eva" },
  ],
  networks: [
    { id: 10, name: "Co-Working" },
    { id: 11, name: "IHK" },
    { id: 12, name: "Nobody's here" },
  ],
  memberships: [
    { id: 3, network_id: 11, person_id: 2 },
    { id: 1, network_id: 10, person_id: 1 },
    { id: 2, network_id: 11, person_id: 1 }, // Anna's second network
    { id: 4, network_id: 10, person_id: null }, // me
    { id: 5, network_id: 99, person_id: 3 }, // a network not loaded
  ],
  encounters: [
    { occurred_at: "2026-01-01T10:00:00Z", people: [1] },
    { occurred_at: "2026-03-01T10:00:00Z", people: [2, 3] },
    { occurred_at: "2026-02-01T10:00:00Z", people: [1, 2] },
  ],
  introductions: [
    { person_a: 1, person_b: 4, status: "made", created_at: "2026-01-05T00:00:00Z" },
    { person_a: 3, person_b: 1, status: "proposed", created_at: "2026-01-06T00:00:00Z" },
    { person_a: 5, person_b: 2, status: "declined", created_at: "2026-02-06T00:00:00Z" },
  ],
});

describe("chooseNodeIds", () => {
  it("takes the people met most recently, then those only introduced", () => {
    const { ids, candidates } = chooseNodeIds(input().encounters, input().introductions);
    expect(ids).toEqual([2, 3, 1, 4]); // Eva is only in a declined introduction
    expect(candidates).toBe(4);
  });

  it("stops at the bound, however many people there are", () => {
    const encounters = Array.from({ length: 100_000 }, (_, i) => ({
      occurred_at: new Date(Date.UTC(2020, 0, 1) + i * 60_000).toISOString(),
      people: [i + 1],
    }));
    const { ids, candidates } = chooseNodeIds(encounters, [], 150);
    expect(ids).toHaveLength(150);
    expect(ids[0]).toBe(100_000); // the newest encounter first
    expect(candidates).toBe(100_000);
  });
});

describe("networkGraph", () => {
  it("makes me and the people nodes, coloured by their first network", () => {
    const graph = networkGraph(input(), { meLabel: "Ich" });
    const byId = new Map(graph.nodes.map((n) => [n.id, n]));
    expect(graph.nodes.map((n) => n.id)).toEqual(["me", "p2", "p3", "p1", "p4"]);
    expect(byId.get("me")!.label).toBe("Ich");
    expect(byId.get("p1")!.networkId).toBe(10); // membership 1 before 2
    expect(byId.get("p2")!.networkId).toBe(11);
    expect(byId.get("p3")!.networkId).toBeNull(); // network 99 was not loaded
    expect(byId.get("p1")!.style.colour).toBe(COLOURS[0]);
    expect(byId.get("p2")!.style.colour).toBe(COLOURS[1]);
    expect(byId.get("p2")!.style.shape).toBe(SHAPES[1]);
    expect(byId.get("p3")!.style.colour).toBe(NO_NETWORK_COLOUR);
    expect(byId.get("p1")).toMatchObject({
      label: "Anna",
      encounters: 2,
      lastMet: "2026-02-01T10:00:00Z",
    });
    expect(byId.get("p4")).toMatchObject({ encounters: 0, lastMet: null });
  });

  it("links me to everyone met, people met together, and introduced people", () => {
    const edges = networkGraph(input()).edges;
    const find = (id: string) => edges.find((e) => e.id === id);
    expect(find("e:me-p1")).toMatchObject({ kind: "encounter", weight: 2 });
    expect(find("e:me-p2")?.weight).toBe(2);
    expect(find("e:p2-p3")).toMatchObject({ kind: "encounter", weight: 1 });
    expect(find("e:p1-p2")).toMatchObject({ kind: "encounter", weight: 1 });
    expect(find("i:p1-p4")).toMatchObject({ kind: "introduction", planned: false });
    expect(find("i:p1-p3")).toMatchObject({ kind: "introduction", planned: true });
    expect(edges.some((e) => e.id.includes("p5"))).toBe(false); // declined
    expect(edges).toHaveLength(7);
    const ids = new Set(networkGraph(input()).nodes.map((n) => n.id));
    expect(edges.every((e) => ids.has(e.source) && ids.has(e.target))).toBe(true);
  });

  it("has a legend of the networks on the map and of people without one", () => {
    const legend = networkGraph(input()).legend;
    expect(legend.map((l) => [l.networkId, l.people])).toEqual([
      [10, 1],
      [11, 1],
      [null, 2],
    ]);
    expect(legend[0].style).toEqual(networkStyle(0));
  });

  it("keeps edges to people beyond the bound off the map", () => {
    const graph = networkGraph(input(), { maxNodes: 2 });
    expect(graph.nodes.map((n) => n.id)).toEqual(["me", "p2", "p3"]);
    expect(graph.candidates).toBe(4);
    const ids = new Set(graph.nodes.map((n) => n.id));
    expect(graph.edges.every((e) => ids.has(e.source) && ids.has(e.target))).toBe(true);
    expect(graph.edges.map((e) => e.id).sort()).toEqual(["e:me-p2", "e:me-p3", "e:p2-p3"]);
  });

  it("is empty without encounters and introductions", () => {
    const graph = networkGraph({ ...input(), encounters: [], introductions: [] });
    expect(graph.nodes).toEqual([]);
    expect(graph.edges).toEqual([]);
  });

  it("names a person it has no record of by id", () => {
    const graph = networkGraph({ ...input(), people: [] });
    expect(graph.nodes.find((n) => n.personId === 3)!.label).toBe("#3");
  });
});

describe("peopleByNetwork", () => {
  it("lists each network's people by name, in the legend's order", () => {
    const groups = peopleByNetwork(networkGraph(input()), "de");
    expect(groups.map((g) => [g.entry.networkId, g.people.map((p) => p.label)])).toEqual([
      [10, ["Anna"]],
      [11, ["Ben"]],
      [null, ["Clara", "Dirk"]],
    ]);
  });
});

describe("palette", () => {
  it("gives distinct looks to 28 networks", () => {
    const looks = new Set(
      Array.from({ length: 28 }, (_, i) => networkStyle(i)).map((s) => s.colour + s.shape),
    );
    expect(looks.size).toBe(28);
  });
});
