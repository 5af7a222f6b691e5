/**
 * Converts Neo4j driver values (Integer, temporal, spatial, graph types) to plain JSON-safe values,
 * once, where records leave the database layer.
 */
import neo4j, { isDate, isDateTime, isDuration, isLocalDateTime, isLocalTime, isPoint, isTime } from "neo4j-driver";

export type NativeValue = null | boolean | number | string | NativeValue[] | { [key: string]: NativeValue };

export function toNative(value: unknown): NativeValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "boolean" || typeof value === "string") return value;
  if (typeof value === "number") return Number.isFinite(value) ? value : String(value);
  if (typeof value === "bigint") return bigToNative(value);
  if (neo4j.isInt(value)) return neo4j.integer.inSafeRange(value) ? neo4j.integer.toNumber(value) : neo4j.integer.toString(value);
  if (
    isDate(value) ||
    isDateTime(value) ||
    isLocalDateTime(value) ||
    isTime(value) ||
    isLocalTime(value) ||
    isDuration(value)
  ) {
    return value.toString();
  }
  if (isPoint(value)) {
    const srid = toNative(value.srid);
    return value.z === undefined
      ? { srid, x: value.x, y: value.y }
      : { srid, x: value.x, y: value.y, z: value.z };
  }
  if (Array.isArray(value)) return value.map(toNative);
  if (value instanceof Uint8Array) return Buffer.from(value).toString("base64");
  if (typeof value === "object") {
    const out: { [key: string]: NativeValue } = {};
    for (const [key, inner] of Object.entries(value as Record<string, unknown>)) out[key] = toNative(inner);
    return out;
  }
  return String(value);
}

function bigToNative(value: bigint): number | string {
  return value <= BigInt(Number.MAX_SAFE_INTEGER) && value >= BigInt(Number.MIN_SAFE_INTEGER) ? Number(value) : value.toString();
}

/** Reads a count or other small integer from a record field. */
export function toInt(value: unknown): number {
  const native = toNative(value);
  return typeof native === "number" ? native : Number(native ?? 0);
}

export function toStringArray(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
}

export function toStringOrNull(value: unknown): string | null {
  return typeof value === "string" ? value : null;
}
