/**
 * A toolbar button with a small line icon and a label; on narrow screens the label is hidden
 * (launcher.css) and the accessible name stays the label.
 */
import { button, h, type Attrs } from "../ui/dom.js";

const SVG = "http://www.w3.org/2000/svg";

/** Icons drawn with our own constant path data (never API data). */
export const ICONS = {
  console: ["M2.5 3.5h11v9h-11z", "M5 6.5l2 1.75-2 1.75", "M8.5 10.5h2.5"],
  export: ["M8 2.5v7", "M5 7l3 3 3-3", "M3 11.5v2h10v-2"],
} as const;

function icon(paths: readonly string[]): SVGSVGElement {
  const svg = document.createElementNS(SVG, "svg");
  for (const [name, value] of Object.entries({ viewBox: "0 0 16 16", width: "15", height: "15", "aria-hidden": "true", class: "tool-icon" })) svg.setAttribute(name, value);
  for (const d of paths) {
    const path = document.createElementNS(SVG, "path");
    path.setAttribute("d", d);
    svg.append(path);
  }
  return svg;
}

export function toolButton(label: string, paths: readonly string[], onClick: () => void, attrs: Attrs = {}): HTMLButtonElement {
  return button([icon(paths), h("span", { class: "tool-label" }, label)], onClick, { "aria-label": label, ...attrs, class: `tool-button ${attrs["class"] ?? ""}`.trim() });
}
