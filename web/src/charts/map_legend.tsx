// The network map's legend: which colour and shape is which network, and
// what the lines mean. The names are text, so the legend reads aloud.
import { useApp } from "../context";
import type { Graph } from "./network_graph";
import { ENCOUNTER_COLOUR, INTRODUCTION_COLOUR, ME_STYLE } from "./palette";
import { LineSwatch, NodeSwatch } from "./swatch";
import { chartWord } from "./words";

export function MapLegend({ graph }: { graph: Graph }) {
  const { lang } = useApp();
  const w = (key: Parameters<typeof chartWord>[1], vars?: Record<string, number>) =>
    chartWord(lang, key, vars);
  return (
    <section class="map-legend" aria-labelledby="map-legend-networks">
      <h2 id="map-legend-networks">{w("networks")}</h2>
      <ul class="legend">
        <li>
          <NodeSwatch style={ME_STYLE} />
          {w("me")}
        </li>
        {graph.legend.map((entry) => (
          <li key={entry.networkId ?? "none"} data-network={entry.networkId ?? ""}>
            <NodeSwatch style={entry.style} />
            <span>
              {entry.networkId === null ? w("no_network") : entry.name}{" "}
              <span class="muted">({entry.people})</span>
            </span>
          </li>
        ))}
      </ul>
      <ul class="legend" aria-label={w("lines")}>
        <li>
          <LineSwatch colour={ENCOUNTER_COLOUR} />
          {w("edge_encounter")}
        </li>
        <li>
          <LineSwatch colour={INTRODUCTION_COLOUR} />
          {w("edge_introduction")}
        </li>
        <li>
          <LineSwatch colour={INTRODUCTION_COLOUR} dashed />
          {w("edge_planned")}
        </li>
      </ul>
    </section>
  );
}
