// A legend's sample of a node or a line, drawn in SVG with presentation
// attributes (fill, stroke), which the CSP allows, unlike style attributes.
import { BORDER_COLOUR, type NodeStyle } from "./palette";

const STAR = "8,1 9.9,5.6 14.8,6 11,9.2 12.2,14 8,11.4 3.8,14 5,9.2 1.2,6 6.1,5.6";

export function NodeSwatch({ style }: { style: NodeStyle }) {
  const paint = { fill: style.colour, stroke: BORDER_COLOUR, "stroke-width": 1.5 };
  return (
    <svg class="swatch" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
      {style.shape === "ellipse" && <circle cx="8" cy="8" r="6.5" {...paint} />}
      {style.shape === "round-rectangle" && (
        <rect x="2" y="2" width="12" height="12" rx="3" {...paint} />
      )}
      {style.shape === "diamond" && <polygon points="8,1 15,8 8,15 1,8" {...paint} />}
      {style.shape === "triangle" && <polygon points="8,1.5 15,14.5 1,14.5" {...paint} />}
      {style.shape === "star" && <polygon points={STAR} {...paint} />}
    </svg>
  );
}

export function LineSwatch({ colour, dashed }: { colour: string; dashed?: boolean }) {
  return (
    <svg class="swatch" viewBox="0 0 24 16" width="24" height="16" aria-hidden="true">
      <line
        x1="1"
        y1="8"
        x2="23"
        y2="8"
        stroke={colour}
        stroke-width="2.5"
        stroke-dasharray={dashed ? "4 3" : undefined}
      />
    </svg>
  );
}
