// Chart.js, loaded on demand (import("./bar_chart")) so that it lands in
// its own chunk and the first load on a phone stays small. Only the parts
// a grouped bar chart needs are registered, which keeps the chunk lean.
// Chart.js draws on a canvas and sets sizes through the CSSOM: no eval,
// no inline <style>, so it runs under the app's CSP.
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  Tooltip,
} from "chart.js";

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);
Chart.defaults.color = "#5a6270"; // --muted: 6:1 on white
Chart.defaults.font.family = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

export interface BarSeries {
  label: string;
  colour: string;
  values: number[];
}

export interface Bars {
  destroy(): void;
}

// Draws grouped bars, one group per label, into `canvas`, sized by its
// parent (which needs a height).
export function drawBars(canvas: HTMLCanvasElement, labels: string[], series: BarSeries[]): Bars {
  const still = matchMedia("(prefers-reduced-motion: reduce)").matches;
  return new Chart(canvas, {
    type: "bar",
    data: {
      labels,
      datasets: series.map((s) => ({
        label: s.label,
        data: s.values,
        backgroundColor: s.colour,
        borderRadius: 2,
        maxBarThickness: 28,
      })),
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: still ? false : { duration: 400 },
      interaction: { mode: "index", intersect: false },
      scales: {
        x: { grid: { display: false } },
        y: { beginAtZero: true, ticks: { precision: 0 } },
      },
      plugins: { legend: { position: "bottom" } },
    },
  });
}
