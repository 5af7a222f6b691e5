/**
 * The legend: every colour and style on the canvas, rendered from the same tables the reducers use
 * (render/styles.ts over graph-schema), so it cannot disagree with the picture.
 */
import { ENTITY_TYPE_NAMES, RELATION_TYPES, RELATION_TYPE_NAMES } from "../../graph-schema/index.js";
import type { ExplorerModel } from "../model.js";
import {
  DISPLAY_STATUSES,
  STATUS_STYLES,
  entityColor,
  entityLabel,
  mixColors,
  NEUTRAL_GREY,
  relationColor,
  relationLabel,
} from "../render/styles.js";
import { h, idleCoalesced, replaceChildren, swatch } from "./dom.js";

const SVG = "http://www.w3.org/2000/svg";

function svg(tag: string, attrs: Record<string, string | number>): SVGElement {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attrs)) element.setAttribute(name, String(value));
  return element;
}

/** A short line drawn with a status treatment (dash pattern, grey mix, opacity). */
function statusSample(status: keyof typeof STATUS_STYLES, width = 1.6, arrow = false): SVGElement {
  const style = STATUS_STYLES[status];
  const color = style.greyMix > 0 ? mixColors("#3b4350", NEUTRAL_GREY, style.greyMix) : "#3b4350";
  const root = svg("svg", { width: 30, height: 10, viewBox: "0 0 30 10", "aria-hidden": "true" });
  const line = svg("line", { x1: 1, y1: 5, x2: arrow ? 22 : 29, y2: 5, stroke: color, "stroke-width": width, "stroke-opacity": style.opacity });
  if (style.dash) line.setAttribute("stroke-dasharray", `${style.dash[0] * 0.7} ${style.dash[1] * 0.7}`);
  root.append(line);
  if (arrow) root.append(svg("path", { d: "M21 1.5 L29 5 L21 8.5 Z", fill: color }));
  return root;
}

function item(sample: Element, label: string, title?: string): HTMLSpanElement {
  return h("span", { class: "legend-item", ...(title ? { title } : {}) }, sample, label);
}

function row(title: string, ...items: (Node | null)[]): HTMLDivElement {
  return h("div", { class: "legend-row" }, h("span", { class: "legend-title" }, title), h("div", { class: "legend-items" }, ...items));
}

export function bindLegend(element: HTMLElement, model: ExplorerModel): () => void {
  const body = h("div", { class: "legend-body" });
  const details = h("details", { open: window.innerWidth >= 980 }, h("summary", null, "Legend"), body);
  replaceChildren(element, details);

  const render = () => {
    const state = model.store.get();
    const communities = model.derived().communities;
    const sizeHint = state.sizeBy === "pagerank" ? "size: PageRank" : "size: degree";
    const nodes =
      state.colorBy === "community" && communities
        ? row(
            "Nodes",
            h("span", { class: "legend-item" }, `colour: ${communities.count} Louvain communities (modularity ${communities.modularity.toFixed(2)}), arbitrary colours`),
            h("span", { class: "legend-note" }, sizeHint),
          )
        : row(
            "Nodes",
            ...ENTITY_TYPE_NAMES.map((type) => item(swatch(entityColor(type)), entityLabel(type))),
            h("span", { class: "legend-note" }, sizeHint),
          );
    replaceChildren(
      body,
      nodes,
      row("Relations", ...RELATION_TYPE_NAMES.map((type) => item(swatch(relationColor(type), "line"), relationLabel(type), RELATION_TYPES[type].description))),
      row(
        "Status",
        ...DISPLAY_STATUSES.map((status) => item(statusSample(status), STATUS_STYLES[status].label, STATUS_STYLES[status].description)),
        item(statusSample("reported", 1.6, true), "direction", "Arrow: direction; symmetric relations have none"),
        h("span", { class: "legend-note" }, "width: independent sources (thin = one)"),
      ),
    );
  };
  render();
  const offs = [
    model.on("metrics", render),
    model.on("graph", idleCoalesced(render)),
    model.store.subscribe((next, prev) => {
      if (next.colorBy !== prev.colorBy || next.sizeBy !== prev.sizeBy) render();
    }),
  ];
  return () => offs.forEach((off) => off());
}
