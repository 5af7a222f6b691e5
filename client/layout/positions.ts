/**
 * Stable positions. A node without a stored position starts at a point derived from a hash of its id,
 * so the same graph gives the same picture on every load (the layout that follows is deterministic
 * too); computed layouts are cached per node set ("which nodes", not "which filters"), so a reload or
 * a shared link shows the graph exactly as it was left.
 */

/** FNV-1a, 32 bits: tiny and stable across engines. */
export function hashString(value: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < value.length; i++) {
    hash ^= value.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** mulberry32: a seeded PRNG returning floats in [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Point {
  x: number;
  y: number;
}

/** A point on a disc of the given radius, fixed by the id. */
export function seededPosition(id: string, radius = 100, center: Point = { x: 0, y: 0 }): Point {
  const random = seededRandom(hashString(id));
  const angle = random() * 2 * Math.PI;
  const distance = Math.sqrt(random()) * radius;
  return { x: center.x + Math.cos(angle) * distance, y: center.y + Math.sin(angle) * distance };
}

/** Cache key of a node set: count plus a hash of the sorted ids (order of arrival does not matter). */
export function nodeSetKey(ids: Iterable<string>): string {
  const sorted = [...ids].sort();
  return `${sorted.length}-${hashString(sorted.join("\u0000")).toString(36)}`;
}

/** The subset of Web Storage we use (so this module stays DOM-free and testable). */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export type PositionMap = Record<string, readonly [number, number]>;

export interface PositionCache {
  load(key: string): PositionMap | null;
  save(key: string, positions: PositionMap): void;
}

const PREFIX = "newsgraph:layout:";
/** Above this many nodes positions are not cached (localStorage holds ~5 MB). */
export const MAX_CACHED_NODES = 20_000;

export function createPositionCache(storage: KeyValueStorage | null): PositionCache {
  return {
    load(key) {
      try {
        const raw = storage?.getItem(PREFIX + key);
        if (!raw) return null;
        const parsed: unknown = JSON.parse(raw);
        if (typeof parsed !== "object" || parsed === null) return null;
        const positions: Record<string, readonly [number, number]> = {};
        for (const [id, value] of Object.entries(parsed)) {
          if (Array.isArray(value) && typeof value[0] === "number" && typeof value[1] === "number") {
            positions[id] = [value[0], value[1]];
          }
        }
        return positions;
      } catch {
        return null;
      }
    },
    save(key, positions) {
      if (!storage || Object.keys(positions).length > MAX_CACHED_NODES) return;
      const rounded: Record<string, [number, number]> = {};
      for (const [id, [x, y]] of Object.entries(positions)) rounded[id] = [Math.round(x * 100) / 100, Math.round(y * 100) / 100];
      try {
        storage.setItem(PREFIX + key, JSON.stringify(rounded));
      } catch {
        // Quota exceeded or storage disabled: positions are then recomputed (deterministically) next time.
      }
    },
  };
}
