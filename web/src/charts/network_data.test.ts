import { describe, expect, it } from "vitest";
import { Api } from "../api";
import { LIMITS, loadNetworkData, maxRequests } from "./network_data";
import { networkGraph } from "./network_graph";

// A fake API over generated records that pages like the server (newest
// encounters first, people by name) and counts the requests.
function fakeServer(people: number, encounters: number, networks = 3) {
  const paths: string[] = [];
  const person = (id: number) => ({ id, display_name: `P${String(id).padStart(6, "0")}` });
  const encounter = (i: number) => ({
    id: i + 1,
    occurred_at: new Date(Date.UTC(2026, 0, 1) - i * 3_600_000).toISOString(),
    people: [(i % people) + 1],
  });
  const page = (url: URL, total: number, item: (i: number) => unknown) => {
    const limit = Number(url.searchParams.get("limit") ?? 50);
    const offset = Number(url.searchParams.get("offset") ?? 0);
    const items = [];
    for (let i = offset; i < Math.min(total, offset + limit); i++) items.push(item(i));
    return { items, total, limit, offset };
  };
  const fetcher = async (input: string) => {
    paths.push(input);
    const url = new URL(input, "http://knoten.test");
    const path = url.pathname.replace("/api/v1", "");
    let body: unknown;
    if (path === "/networks") {
      body = page(url, networks, (i) => ({ id: i + 1, name: `N${i + 1}` }));
    } else if (path === "/encounters") {
      body = page(url, encounters, encounter);
    } else if (path === "/introductions") {
      body = page(url, 0, () => null);
    } else if (path === "/people") {
      body = page(url, people, (i) => person(i + 1));
    } else if (/^\/people\/\d+$/.test(path)) {
      body = person(Number(path.split("/")[2]));
    } else if (/^\/networks\/\d+\/members$/.test(path)) {
      const network = Number(path.split("/")[2]);
      const ids = Array.from({ length: people }, (_, i) => i + 1).filter(
        (id) => id % networks === network % networks,
      );
      body = {
        items: ids.map((id) => ({ id, network_id: network, person_id: id, since: null, role: "" })),
        total: ids.length,
      };
    } else {
      return new Response('{"error": {"code": "not_found"}}', { status: 404 });
    }
    return new Response(JSON.stringify(body), { status: 200 });
  };
  return { api: new Api(fetcher), paths };
}

describe("loadNetworkData", () => {
  it("reads a small database in a few requests, with every name", async () => {
    const { api, paths } = fakeServer(60, 180);
    const { input, complete } = await loadNetworkData(api);
    expect(complete).toBe(true);
    expect(paths.length).toBeLessThanOrEqual(1 + 1 + 1 + 1 + 3);
    const graph = networkGraph(input);
    expect(graph.nodes).toHaveLength(61); // me and the 60 people met
    expect(graph.nodes.every((n) => !n.label.startsWith("#"))).toBe(true);
    expect(graph.legend.map((l) => l.people)).toEqual([20, 20, 20]);
  });

  it("bounds the requests for 100,000 people and still names everyone shown", async () => {
    const { api, paths } = fakeServer(100_000, 5_000, 30);
    const { input, complete } = await loadNetworkData(api);
    expect(complete).toBe(false); // 5,000 encounters and 30 networks: not all read
    expect(paths.length).toBeLessThanOrEqual(maxRequests());
    expect(paths.filter((p) => p.includes("/encounters")).length).toBe(LIMITS.encounterPages);
    expect(paths.filter((p) => /\/people\?/.test(p)).length).toBe(1);
    expect(paths.filter((p) => /\/members$/.test(p)).length).toBe(LIMITS.networks);
    const graph = networkGraph(input);
    expect(graph.nodes).toHaveLength(151);
    expect(graph.nodes.every((n) => !n.label.startsWith("#"))).toBe(true);
    const limits = paths.map((p) => Number(/limit=(\d+)/.exec(p)?.[1] ?? 0));
    expect(Math.max(...limits)).toBe(500);
  });

  it("pages through a middling database until it has the names it needs", async () => {
    const { api, paths } = fakeServer(2_400, 3_000);
    const { input } = await loadNetworkData(api);
    const graph = networkGraph(input);
    expect(graph.nodes.every((n) => !n.label.startsWith("#"))).toBe(true);
    // The 150 newest encounters are with people 1..150: the first page has them.
    expect(paths.filter((p) => /\/people/.test(p))).toHaveLength(1);
  });
});
