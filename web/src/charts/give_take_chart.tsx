// Give and take over time as bars (given vs received per week, month or
// year), with the same numbers as a table for screen readers and anyone
// who prefers one. Place it on the Ledger screen (everyone) or a person's
// screen (personId): it loads the entries itself unless they are given.
import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import { useApp } from "../context";
import { useLoad } from "../use_load";
import { bucketLabel, giveTake, type LedgerLike } from "./give_take";
import { readPages } from "./read_pages";
import { chartWord } from "./words";
import "./charts.css";

export const GIVEN_COLOUR = "#0072b2"; // 5.2:1 on white
export const RECEIVED_COLOUR = "#d55e00"; // 3.9:1 on white, apart from blue for all colour visions
export const MAX_LEDGER_PAGES = 10; // the 5,000 most recent entries

export interface GiveTakeChartProps {
  entries?: readonly LedgerLike[]; // drawn as given; else loaded
  personId?: number; // with whom; everyone if left out
}

export function GiveTakeChart({ entries, personId }: GiveTakeChartProps) {
  const { api, lang } = useApp();
  const w = (key: Parameters<typeof chartWord>[1], vars?: Record<string, string | number>) =>
    chartWord(lang, key, vars);
  const loaded = useLoad(
    () =>
      entries
        ? Promise.resolve({ items: entries, complete: true })
        : readPages<LedgerLike>(api, "/ledger", { person_id: personId }, MAX_LEDGER_PAGES),
    [entries, personId],
  );
  const data = useMemo(() => loaded.data && giveTake(loaded.data.items), [loaded.data]);
  const labels = useMemo(
    () => data?.buckets.map((b) => bucketLabel(lang, data.unit, b.start)) ?? [],
    [data, lang],
  );
  const canvas = useRef<HTMLCanvasElement>(null);
  const [drawError, setDrawError] = useState<string | null>(null);

  useEffect(() => {
    if (!data || data.buckets.length === 0 || !canvas.current) return;
    let live = true;
    let bars: { destroy(): void } | undefined;
    import("./bar_chart").then(
      ({ drawBars }) => {
        if (!live || !canvas.current) return;
        bars = drawBars(canvas.current, labels, [
          { label: w("given"), colour: GIVEN_COLOUR, values: data.buckets.map((b) => b.given) },
          {
            label: w("received"),
            colour: RECEIVED_COLOUR,
            values: data.buckets.map((b) => b.received),
          },
        ]);
      },
      (e: Error) => live && setDrawError(e.message),
    );
    return () => {
      live = false;
      bars?.destroy();
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [data, labels]);

  const heading = <h2>{w("give_take_over_time")}</h2>;
  if (loaded.error) return <section>{heading}<p class="error">{loaded.error}</p></section>;
  if (!data) return <section>{heading}<p class="muted">{w("drawing")}</p></section>;
  if (data.buckets.length === 0) {
    return <section>{heading}<p class="muted">{w("nothing_recorded")}</p></section>;
  }
  const summary = w(`chart_summary_${data.unit}`, {
    from: labels[0],
    to: labels[labels.length - 1],
    given: data.given,
    received: data.received,
  });
  return (
    <section class="give-take" data-given={data.given} data-received={data.received}>
      {heading}
      <div class="chart-box">
        <canvas ref={canvas} role="img" aria-label={summary} />
      </div>
      {drawError && <p class="error">{drawError}</p>}
      {!loaded.data!.complete && (
        <p class="muted">{w("chart_partial", { n: loaded.data!.items.length })}</p>
      )}
      <details>
        <summary>{w("as_table")}</summary>
        <table class="data-table">
          <caption class="sr-only">{summary}</caption>
          <thead>
            <tr>
              <th scope="col">{w("period")}</th>
              <th scope="col">{w("given")}</th>
              <th scope="col">{w("received")}</th>
            </tr>
          </thead>
          <tbody>
            {data.buckets.map((b, i) => (
              <tr key={b.start}>
                <th scope="row">{labels[i]}</th>
                <td>{b.given}</td>
                <td>{b.received}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </section>
  );
}
