// How a network looks on the map: a colour and a shape, so that networks
// differ by more than colour (WCAG 1.4.1). Colours are the Okabe–Ito set,
// which stays distinct for the common colour-vision deficiencies; every
// node also gets a dark border, so light fills still stand out on white.
// The legend draws the same shapes in SVG (swatch.tsx).

// Ordered so that networks n and n + 4, which share a shape, get colours
// far apart (blue and vermillion, orange and sky blue, ...).
export const COLOURS = [
  "#0072b2",
  "#e69f00",
  "#009e73",
  "#cc79a7",
  "#d55e00",
  "#56b4e9",
  "#f0e442",
] as const;

// Cytoscape's names of node shapes.
export const SHAPES = ["ellipse", "round-rectangle", "diamond", "triangle"] as const;

export const NO_NETWORK_COLOUR = "#c3c9d1";
export const ME_COLOUR = "#1d2330";
export const BORDER_COLOUR = "#1d2330";
export const ENCOUNTER_COLOUR = "#8c95a1"; // 3:1 on white
export const INTRODUCTION_COLOUR = "#0b5cad"; // the app's accent

export interface NodeStyle {
  colour: string;
  shape: (typeof SHAPES)[number] | "star";
}

// The n-th network's look: 7 colours and 4 shapes give 28 distinct pairs.
export function networkStyle(n: number): NodeStyle {
  const c = n % COLOURS.length;
  const s = n % SHAPES.length;
  return { colour: COLOURS[c], shape: SHAPES[s] };
}

export const NO_NETWORK_STYLE: NodeStyle = {
  colour: NO_NETWORK_COLOUR,
  shape: "ellipse",
};

export const ME_STYLE: NodeStyle = {
  colour: ME_COLOUR,
  shape: "star",
};
