/**
 * Colours, sizes and line styles of exported graphs, from graph-schema's tables (the same colours the
 * explorer draws) unless the explorer's view overrides them. Size and thickness scales follow the
 * explorer's (square-root node sizes, logarithmic edge thickness by source count).
 */
import { ENTITY_TYPES, RELATION_STATUSES, RELATION_TYPES, type EntityType, type RelationStatus, type RelationType } from "../../graph-schema/index.js";

export const UNKNOWN_COLOR = "#8a8f98";
export const NODE_SIZE_RANGE = { min: 4, max: 18 } as const;

const HEX_COLOR = /^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/;

export function isHexColor(value: unknown): value is string {
  return typeof value === "string" && HEX_COLOR.test(value);
}

/** "#abc" -> "#aabbcc", lower case. */
export function normalizeHex(hex: string): string {
  const h = hex.slice(1).toLowerCase();
  return h.length === 3 ? `#${[...h].map((c) => c + c).join("")}` : `#${h}`;
}

export function hexToRgb(hex: string): { r: number; g: number; b: number } {
  const h = normalizeHex(hex);
  return { r: parseInt(h.slice(1, 3), 16), g: parseInt(h.slice(3, 5), 16), b: parseInt(h.slice(5, 7), 16) };
}

export function entityColor(type: EntityType): string {
  return ENTITY_TYPES[type]?.color ?? UNKNOWN_COLOR;
}

export function relationColor(type: RelationType): string {
  return RELATION_TYPES[type]?.color ?? UNKNOWN_COLOR;
}

/** Square-root scale of a metric onto the node size range (area grows with the metric). */
export function nodeSize(value: number, maxValue: number): number {
  const { min, max } = NODE_SIZE_RANGE;
  if (!(maxValue > 0) || !(value > 0)) return min;
  return round2(min + (max - min) * Math.sqrt(Math.min(1, value / maxValue)));
}

/** A single-source relation is thin; corroborated ones grow logarithmically. */
export function edgeThickness(sourceCount: number): number {
  if (sourceCount <= 1) return 1.1;
  return round2(Math.min(5, 1.6 + 1.1 * Math.log2(sourceCount)));
}

export interface StatusStroke {
  /** SVG stroke-dasharray, or null for a solid line. */
  dash: string | null;
  /** GEXF viz:shape of the edge. */
  shape: "solid" | "dashed" | "dotted";
  opacity: number;
}

export function statusStroke(status: RelationStatus): StatusStroke {
  const spec = RELATION_STATUSES[status];
  switch (status) {
    case "reported":
      return { dash: null, shape: "solid", opacity: spec.opacity };
    case "alleged":
      return { dash: "9 5", shape: "dashed", opacity: spec.opacity };
    case "planned":
      return { dash: "3 4", shape: "dotted", opacity: spec.opacity };
    case "denied":
      return { dash: "2 4", shape: "dotted", opacity: spec.opacity };
    default: {
      const unreachable: never = status;
      throw new Error(`unknown status ${String(unreachable)}`);
    }
  }
}

export const round2 = (n: number): number => Math.round(n * 100) / 100;
