// The network map's drawing: Cytoscape.js is fetched on first use, then
// draws the graph into a box. The box is an image to assistive technology
// (with a summary as its label); the list beside it is the accessible way
// to the same people.
import { useEffect, useRef, useState } from "preact/hooks";
import type { Graph } from "./network_graph";
import "./charts.css";

export function NetworkCanvas({
  graph,
  label,
  onOpen,
}: {
  graph: Graph;
  label: string;
  onOpen: (personId: number) => void;
}) {
  const box = useRef<HTMLDivElement>(null);
  const [state, setState] = useState<"drawing" | "drawn" | "failed">("drawing");
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    let view: { destroy(): void } | undefined;
    setState("drawing");
    import("./cytoscape_view").then(
      ({ drawNetwork }) => {
        if (!live || !box.current) return;
        view = drawNetwork(box.current, graph, onOpen);
        setState("drawn");
      },
      (e: Error) => {
        if (!live) return;
        setState("failed");
        setError(e.message);
      },
    );
    return () => {
      live = false;
      view?.destroy();
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [graph]);

  return (
    <>
      <div
        ref={box}
        class="map-box"
        role="img"
        aria-label={label}
        data-nodes={graph.nodes.length}
        data-edges={graph.edges.length}
        data-state={state}
      />
      {error && <p class="error">{error}</p>}
    </>
  );
}
