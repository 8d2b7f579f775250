// The network map (#/map): the people met most recently as a graph, with
// encounters and introductions as lines and each person coloured by their
// first network; a legend, the same people as a list of links, and give
// and take over time. The drawing libraries load only on this screen.
import { useMemo } from "preact/hooks";
import { GiveTakeChart } from "../charts/give_take_chart";
import { MapLegend } from "../charts/map_legend";
import { MapList } from "../charts/map_list";
import { NetworkCanvas } from "../charts/network_canvas";
import { loadNetworkData } from "../charts/network_data";
import { networkGraph } from "../charts/network_graph";
import { chartWord } from "../charts/words";
import { useApp } from "../context";
import { useLoad } from "../use_load";

const openPerson = (id: number) => {
  location.hash = `#/people/${id}`;
};

export function NetworkMap() {
  const { api, lang } = useApp();
  const w = (key: Parameters<typeof chartWord>[1], vars?: Record<string, number>) =>
    chartWord(lang, key, vars);
  const { data, error } = useLoad(() => loadNetworkData(api), [api]);
  const graph = useMemo(
    () => data && networkGraph(data.input, { meLabel: chartWord(lang, "me") }),
    [data, lang],
  );
  const people = graph ? graph.nodes.length - 1 : 0;
  return (
    <>
      <h1>{w("network_map")}</h1>
      {error && <p class="error">{error}</p>}
      {!graph && !error && <p class="muted">{w("drawing")}</p>}
      {graph && people === 0 && <p class="muted">{w("map_empty")}</p>}
      {graph && people > 0 && (
        <>
          <p class="muted">
            {graph.candidates > people || !data!.complete
              ? w("map_shows", { shown: people, total: graph.candidates })
              : w("map_people", { n: people })}{" "}
            {w("map_hint")}
          </p>
          <NetworkCanvas
            graph={graph}
            onOpen={openPerson}
            label={w("map_label", {
              people,
              networks: graph.legend.filter((l) => l.networkId !== null).length,
              lines: graph.edges.length,
            })}
          />
          <MapLegend graph={graph} />
          <MapList graph={graph} />
        </>
      )}
      <GiveTakeChart />
    </>
  );
}
