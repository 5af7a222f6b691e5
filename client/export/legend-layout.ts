/**
 * The legend drawn into PNG exports: what the picture uses (entity types present, other node labels,
 * relation types and statuses present), from the same tables as the on-screen legend
 * (render/styles.ts over graph-schema), laid out in rows that wrap to the image width. Pure: text
 * width comes from a `measure` function (the canvas's measureText in the browser). Unit-tested.
 */
import { ENTITY_TYPE_NAMES, RELATION_TYPE_NAMES } from "../../graph-schema/index.js";
import type { DisplayStatus } from "../graph/denials.js";
import { DISPLAY_STATUSES, NEUTRAL_GREY, STATUS_STYLES, UNKNOWN_COLOR, entityColor, entityLabel, mixColors, relationColor, relationLabel } from "../render/styles.js";

export type LegendSwatch =
  | { kind: "dot"; color: string }
  | { kind: "line"; color: string }
  | { kind: "status"; color: string; dash: readonly [number, number] | null; opacity: number }
  | { kind: "none" };

export interface LegendItem {
  swatch: LegendSwatch;
  label: string;
}

export interface LegendRow {
  title: string;
  items: LegendItem[];
}

export interface LegendInput {
  entityTypes: ReadonlySet<string>;
  /** Labels of drawn nodes that are not entities (Article, Evidence, ...). */
  otherNodeLabels: ReadonlySet<string>;
  relationTypes: ReadonlySet<string>;
  /** Types of drawn relationships that are not relations (MENTIONS, ...). */
  otherEdgeTypes: ReadonlySet<string>;
  statuses: ReadonlySet<DisplayStatus>;
  /** Number of communities when nodes are coloured by community, else null. */
  communities: number | null;
  sizeBy: "degree" | "pagerank";
}

const STATUS_INK = "#3b4350";

export function legendRows(input: LegendInput): LegendRow[] {
  const rows: LegendRow[] = [];
  const nodeItems: LegendItem[] =
    input.communities !== null
      ? [{ swatch: { kind: "none" }, label: `colour: ${input.communities} Louvain communities` }]
      : ENTITY_TYPE_NAMES.filter((type) => input.entityTypes.has(type)).map((type) => ({ swatch: { kind: "dot", color: entityColor(type) }, label: entityLabel(type) }));
  if (input.communities === null && input.otherNodeLabels.size > 0) {
    nodeItems.push({ swatch: { kind: "dot", color: UNKNOWN_COLOR }, label: [...input.otherNodeLabels].sort().join(", ") });
  }
  nodeItems.push({ swatch: { kind: "none" }, label: input.sizeBy === "pagerank" ? "size: PageRank" : "size: degree" });
  rows.push({ title: "Nodes", items: nodeItems });

  const relationItems: LegendItem[] = RELATION_TYPE_NAMES.filter((type) => input.relationTypes.has(type)).map((type) => ({
    swatch: { kind: "line", color: relationColor(type) },
    label: relationLabel(type),
  }));
  if (input.otherEdgeTypes.size > 0) relationItems.push({ swatch: { kind: "line", color: UNKNOWN_COLOR }, label: [...input.otherEdgeTypes].sort().join(", ") });
  if (relationItems.length > 0) rows.push({ title: "Relations", items: relationItems });

  const statusItems: LegendItem[] = DISPLAY_STATUSES.filter((status) => input.statuses.has(status)).map((status) => {
    const style = STATUS_STYLES[status];
    return {
      swatch: { kind: "status", color: style.greyMix > 0 ? mixColors(STATUS_INK, NEUTRAL_GREY, style.greyMix) : STATUS_INK, dash: style.dash, opacity: style.opacity },
      label: style.label,
    };
  });
  if (statusItems.length > 0) {
    statusItems.push({ swatch: { kind: "none" }, label: "width: independent sources" });
    rows.push({ title: "Status", items: statusItems });
  }
  return rows;
}

export interface LegendMetrics {
  width: number;
  padding: number;
  lineHeight: number;
  /** Column for the row titles. */
  titleWidth: number;
  swatchWidth: number;
  swatchGap: number;
  itemGap: number;
}

export const LEGEND_METRICS: Omit<LegendMetrics, "width"> = {
  padding: 14,
  lineHeight: 20,
  titleWidth: 74,
  swatchWidth: 22,
  swatchGap: 6,
  itemGap: 16,
};

export interface PlacedText {
  text: string;
  x: number;
  y: number;
}

export interface PlacedItem {
  item: LegendItem;
  /** Left of the swatch and baseline row centre. */
  x: number;
  y: number;
}

export interface LegendLayout {
  height: number;
  titles: PlacedText[];
  items: PlacedItem[];
}

/** Places rows top to bottom; items flow left to right and wrap under the row's first item. */
export function layoutLegend(rows: readonly LegendRow[], metrics: LegendMetrics, measure: (text: string) => number): LegendLayout {
  const { padding, lineHeight, titleWidth, swatchWidth, swatchGap, itemGap, width } = metrics;
  const left = padding + titleWidth;
  const right = Math.max(left + 1, width - padding);
  const titles: PlacedText[] = [];
  const items: PlacedItem[] = [];
  let y = padding + lineHeight / 2;
  for (const row of rows) {
    titles.push({ text: row.title, x: padding, y });
    let x = left;
    for (const item of row.items) {
      const itemWidth = (item.swatch.kind === "none" ? 0 : swatchWidth + swatchGap) + measure(item.label);
      if (x > left && x + itemWidth > right) {
        x = left;
        y += lineHeight;
      }
      items.push({ item, x, y });
      x += itemWidth + itemGap;
    }
    y += lineHeight;
  }
  return { height: Math.ceil(y - lineHeight / 2 + padding), titles, items };
}
