// The network map as a list of links, grouped by network: the way to the
// map's people by keyboard and screen reader, and a quicker one on a
// small screen.
import { useApp } from "../context";
import { type Graph, type GraphNode, peopleByNetwork } from "./network_graph";
import { NodeSwatch } from "./swatch";
import { chartWord } from "./words";

function about(lang: "en" | "de", node: GraphNode): string {
  const parts: string[] = [];
  if (node.encounters > 0) {
    parts.push(
      node.encounters === 1
        ? chartWord(lang, "encounters_one")
        : chartWord(lang, "encounters_many", { n: node.encounters }),
    );
  }
  if (node.lastMet) {
    const date = new Date(node.lastMet).toLocaleDateString(lang === "de" ? "de-DE" : "en-GB", {
      day: "numeric",
      month: "short",
      year: "numeric",
    });
    parts.push(chartWord(lang, "last_met", { date }));
  }
  return parts.join(" · ");
}

export function MapList({ graph }: { graph: Graph }) {
  const { lang } = useApp();
  const people = graph.nodes.length - 1; // without me
  return (
    <details class="map-list">
      <summary>
        {chartWord(lang, "map_list")} ({chartWord(lang, "people_count", { n: people })})
      </summary>
      {peopleByNetwork(graph, lang).map(({ entry, people }) => (
        <section key={entry.networkId ?? "none"}>
          <h3>
            <NodeSwatch style={entry.style} />
            {entry.networkId === null ? chartWord(lang, "no_network") : entry.name}
          </h3>
          <ul class="list people">
            {people.map((p) => (
              <li key={p.id}>
                <a href={`#/people/${p.personId}`}>{p.label}</a>
                <span class="muted">{about(lang, p)}</span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </details>
  );
}
