/**
 * Visual vocabulary of the explorer: colours come from graph-schema (entity and relation tables),
 * the status treatments and size scales live here. The legend renders from these same tables, so what
 * the legend says is what the reducers draw.
 */
import {
  ENTITY_TYPES,
  RELATION_STATUSES,
  RELATION_TYPES,
  type EntityType,
  type RelationType,
} from "../../graph-schema/index.js";
import type { DisplayStatus } from "../graph/denials.js";

export const CANVAS_BACKGROUND = "#fbfbfd";
export const LABEL_COLOR = "#1f2933";
export const FADED_NODE_COLOR = "#dfe3e8";
export const FADED_EDGE_COLOR = "#eef0f3";
export const NEUTRAL_GREY = "#9aa1a9";
export const PATH_COLOR = "#e4572e";
export const UNKNOWN_COLOR = "#8a8f98";

export function entityColor(type: string): string {
  return (ENTITY_TYPES as Record<string, { color: string } | undefined>)[type]?.color ?? UNKNOWN_COLOR;
}

export function relationColor(type: string): string {
  return (RELATION_TYPES as Record<string, { color: string } | undefined>)[type]?.color ?? UNKNOWN_COLOR;
}

export function relationLabel(type: string): string {
  return (RELATION_TYPES as Record<string, { label: string } | undefined>)[type]?.label ?? type.toLowerCase();
}

export function entityLabel(type: EntityType | string): string {
  return (ENTITY_TYPES as Record<string, { label: string } | undefined>)[type]?.label ?? type;
}

export interface StatusStyle {
  label: string;
  description: string;
  /** Dash and gap in device pixels; null = solid. */
  dash: readonly [number, number] | null;
  opacity: number;
  /** How far the relation colour is pulled towards neutral grey (0 = not at all). */
  greyMix: number;
}

export const STATUS_STYLES: Record<DisplayStatus, StatusStyle> = {
  reported: {
    label: "reported",
    description: RELATION_STATUSES.reported.description,
    dash: null,
    opacity: RELATION_STATUSES.reported.opacity,
    greyMix: 0,
  },
  planned: {
    label: "planned",
    description: RELATION_STATUSES.planned.description,
    dash: [3, 4],
    opacity: RELATION_STATUSES.planned.opacity,
    greyMix: 0,
  },
  alleged: {
    label: "alleged",
    description: RELATION_STATUSES.alleged.description,
    dash: [9, 5],
    opacity: RELATION_STATUSES.alleged.opacity,
    greyMix: 0,
  },
  contested: {
    label: "alleged, denied",
    description: "Alleged by someone and denied by someone else (as of the end of the time window).",
    dash: [9, 5],
    opacity: 0.65,
    greyMix: 0.45,
  },
  denied: {
    label: "denied",
    description: RELATION_STATUSES.denied.description,
    dash: [2, 4],
    opacity: RELATION_STATUSES.denied.opacity,
    greyMix: 0.6,
  },
};

export const DISPLAY_STATUSES = Object.keys(STATUS_STYLES) as DisplayStatus[];

/** Qualitative palette for Louvain communities (colour-blind friendly order first). */
export const COMMUNITY_PALETTE = [
  "#1b9e77",
  "#d95f02",
  "#7570b3",
  "#e7298a",
  "#66a61e",
  "#e6ab02",
  "#a6761d",
  "#1f78b4",
  "#b2df8a",
  "#fb9a99",
  "#cab2d6",
  "#6a3d9a",
] as const;

export function communityColor(community: number): string {
  return COMMUNITY_PALETTE[community % COMMUNITY_PALETTE.length] ?? UNKNOWN_COLOR;
}

function parseHex(hex: string): [number, number, number] {
  const value = hex.replace("#", "");
  const full = value.length === 3 ? [...value].map((c) => c + c).join("") : value.padEnd(6, "0");
  return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16) || 0) as [number, number, number];
}

const toHex = (n: number) => Math.round(Math.max(0, Math.min(255, n))).toString(16).padStart(2, "0");

/** Linear mix of two hex colours: t = 0 gives `a`, t = 1 gives `b`. */
export function mixColors(a: string, b: string, t: number): string {
  const [r1, g1, b1] = parseHex(a);
  const [r2, g2, b2] = parseHex(b);
  return `#${toHex(r1 + (r2 - r1) * t)}${toHex(g1 + (g2 - g1) * t)}${toHex(b1 + (b2 - b1) * t)}`;
}

/** Hex colour with an alpha, as sigma understands it. */
export function withAlpha(hex: string, alpha: number): string {
  if (alpha >= 1) return hex;
  const [r, g, b] = parseHex(hex);
  return `rgba(${r},${g},${b},${Math.round(alpha * 1000) / 1000})`;
}

const statusColors = new Map<string, string>();

/** The colour of a relation drawn with a status treatment (a few dozen pairs, asked once per edge per frame: kept). */
export function statusColor(relationType: RelationType | string, status: DisplayStatus): string {
  const key = `${relationType}|${status}`;
  let color = statusColors.get(key);
  if (color === undefined) {
    const style = STATUS_STYLES[status];
    const base = style.greyMix > 0 ? mixColors(relationColor(relationType), NEUTRAL_GREY, style.greyMix) : relationColor(relationType);
    color = withAlpha(base, style.opacity);
    statusColors.set(key, color);
  }
  return color;
}

export interface SizeRange {
  min: number;
  max: number;
}

export const NODE_SIZES: SizeRange = { min: 4, max: 18 };
export const NODE_SIZES_LOD: SizeRange = { min: 1.5, max: 8 };

/** Square-root scale of a metric onto a size range (area grows with the metric). */
export function scaleSize(value: number, maxValue: number, range: SizeRange): number {
  if (!(maxValue > 0) || !(value > 0)) return range.min;
  return range.min + (range.max - range.min) * Math.sqrt(Math.min(1, value / maxValue));
}

/**
 * Edge thickness from the number of independent sources: a single-source relation is thin,
 * corroborated ones grow logarithmically.
 */
export function edgeThickness(sourceCount: number, lod = false): number {
  if (lod) return sourceCount > 1 ? 1 : 0.6;
  if (sourceCount <= 1) return 1.1;
  return Math.min(5, 1.6 + 1.1 * Math.log2(sourceCount));
}
