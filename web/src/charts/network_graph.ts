// The network map's graph: people as nodes, encounters and introductions
// as edges, each person coloured by their first network. Pure.
//
// A database may hold 100,000 people, so the map shows at most `maxNodes`:
// the people met most recently (by their latest encounter), then people
// only linked by an introduction (newest first). "Me" is the centre: an
// encounter links me to each person met, and the people met together in
// one encounter to each other. A made introduction links the two people;
// one proposed or asked is drawn as planned; a declined one is not drawn.
import { ME_STYLE, NO_NETWORK_STYLE, type NodeStyle, networkStyle } from "./palette";

export const MAX_NODES = 150;
export const ME = "me";

export interface PersonLike {
  id: number;
  display_name: string;
}
export interface NetworkLike {
  id: number;
  name: string;
}
export interface MembershipLike {
  id: number;
  network_id: number;
  person_id: number | null; // null: me
}
export interface EncounterLike {
  occurred_at: string;
  people: number[];
}
export interface IntroductionLike {
  person_a: number;
  person_b: number;
  status: string;
  created_at: string;
}

export interface GraphInput {
  people: PersonLike[];
  networks: NetworkLike[];
  memberships: MembershipLike[];
  encounters: EncounterLike[];
  introductions: IntroductionLike[];
}

export interface GraphNode {
  id: string; // "me" or "p" + the person's id
  personId: number | null;
  label: string;
  networkId: number | null;
  style: NodeStyle;
  encounters: number;
  lastMet: string | null;
}

export interface GraphEdge {
  id: string;
  source: string;
  target: string;
  kind: "encounter" | "introduction";
  planned: boolean;
  weight: number;
}

export interface LegendEntry {
  networkId: number | null;
  name: string;
  style: NodeStyle;
  people: number;
}

export interface Graph {
  nodes: GraphNode[];
  edges: GraphEdge[];
  legend: LegendEntry[];
  candidates: number; // people with an encounter or introduction
}

const newestFirst = <T>(items: readonly T[], at: (item: T) => string) =>
  [...items].sort((a, b) => Date.parse(at(b)) - Date.parse(at(a)));

const drawn = (i: IntroductionLike) => i.status !== "declined" && i.person_a !== i.person_b;

// The ids of the people to show, most recently met first, and how many
// people could have been shown.
export function chooseNodeIds(
  encounters: readonly EncounterLike[],
  introductions: readonly IntroductionLike[],
  maxNodes = MAX_NODES,
): { ids: number[]; candidates: number } {
  const seen = new Set<number>();
  for (const e of newestFirst(encounters, (e) => e.occurred_at)) {
    for (const id of e.people) seen.add(id);
  }
  for (const i of newestFirst(introductions.filter(drawn), (i) => i.created_at)) {
    seen.add(i.person_a);
    seen.add(i.person_b);
  }
  return { ids: [...seen].slice(0, maxNodes), candidates: seen.size };
}

// Each person's first network (their earliest membership of a known one).
function firstNetworks(input: GraphInput): Map<number, number> {
  const known = new Set(input.networks.map((n) => n.id));
  const first = new Map<number, number>();
  for (const m of [...input.memberships].sort((a, b) => a.id - b.id)) {
    if (m.person_id !== null && known.has(m.network_id) && !first.has(m.person_id)) {
      first.set(m.person_id, m.network_id);
    }
  }
  return first;
}

function legendOf(input: GraphInput, networkOf: (id: number) => number | null, ids: number[]) {
  const counts = new Map<number | null, number>();
  for (const id of ids) counts.set(networkOf(id), (counts.get(networkOf(id)) ?? 0) + 1);
  const legend: LegendEntry[] = input.networks
    .filter((n) => counts.has(n.id))
    .map((n, i) => ({
      networkId: n.id,
      name: n.name,
      style: networkStyle(i),
      people: counts.get(n.id)!,
    }));
  if (counts.has(null)) {
    legend.push({ networkId: null, name: "", style: NO_NETWORK_STYLE, people: counts.get(null)! });
  }
  return legend;
}

class EdgeSet {
  readonly edges = new Map<string, GraphEdge>();
  add(kind: GraphEdge["kind"], a: string, b: string, planned = false) {
    const [source, target] = a < b ? [a, b] : [b, a];
    const id = `${kind[0]}:${source}-${target}`;
    const edge = this.edges.get(id);
    if (edge) {
      edge.weight++;
      edge.planned &&= planned;
    } else {
      this.edges.set(id, { id, source, target, kind, planned, weight: 1 });
    }
  }
}

export function networkGraph(
  input: GraphInput,
  options: { maxNodes?: number; meLabel?: string } = {},
): Graph {
  const { encounters, introductions } = input;
  const { ids, candidates } = chooseNodeIds(encounters, introductions, options.maxNodes);
  if (ids.length === 0) return { nodes: [], edges: [], legend: [], candidates };
  const shown = new Set(ids);
  const names = new Map(input.people.map((p) => [p.id, p.display_name]));
  const first = firstNetworks(input);
  const networkOf = (id: number) => first.get(id) ?? null;
  const legend = legendOf(input, networkOf, ids);
  const styles = new Map(legend.map((l) => [l.networkId, l.style]));

  const met = new Map<number, { count: number; last: string }>();
  const edges = new EdgeSet();
  for (const e of newestFirst(encounters, (e) => e.occurred_at)) {
    const people = [...new Set(e.people)].filter((id) => shown.has(id));
    for (const [k, id] of people.entries()) {
      const m = met.get(id);
      met.set(id, { count: (m?.count ?? 0) + 1, last: m?.last ?? e.occurred_at });
      edges.add("encounter", ME, `p${id}`);
      for (const other of people.slice(k + 1)) edges.add("encounter", `p${id}`, `p${other}`);
    }
  }
  for (const i of introductions.filter(drawn)) {
    if (shown.has(i.person_a) && shown.has(i.person_b)) {
      edges.add("introduction", `p${i.person_a}`, `p${i.person_b}`, i.status !== "made");
    }
  }
  const me: GraphNode = {
    id: ME,
    personId: null,
    label: options.meLabel ?? "Me",
    networkId: null,
    style: ME_STYLE,
    encounters: 0,
    lastMet: null,
  };
  const people = ids.map(
    (id): GraphNode => ({
      id: `p${id}`,
      personId: id,
      label: names.get(id) ?? `#${id}`,
      networkId: networkOf(id),
      style: styles.get(networkOf(id))!,
      encounters: met.get(id)?.count ?? 0,
      lastMet: met.get(id)?.last ?? null,
    }),
  );
  return { nodes: [me, ...people], edges: [...edges.edges.values()], legend, candidates };
}

// The people of the graph by network, in the legend's order, each group
// sorted by name: the map's list for people who cannot use the canvas.
export function peopleByNetwork(
  graph: Graph,
  lang: string,
): { entry: LegendEntry; people: GraphNode[] }[] {
  return graph.legend.map((entry) => ({
    entry,
    people: graph.nodes
      .filter((n) => n.personId !== null && n.networkId === entry.networkId)
      .sort((a, b) => a.label.localeCompare(b.label, lang)),
  }));
}
