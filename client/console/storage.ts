/**
 * The console's memory in localStorage: the history of run queries (newest first, the last 50, a
 * re-run moves to the top instead of repeating) and queries saved under a name. Stored JSON is a
 * boundary like any other: entries that do not parse are dropped, never trusted. Storage may be
 * missing (then this page's session remembers) or full (writes report false).
 */
import { z } from "zod";

import type { KeyValueStorage } from "../layout/positions.js";

export type { KeyValueStorage };

export const HISTORY_KEY = "newsgraph:cypher-history:v1";
export const SAVED_KEY = "newsgraph:cypher-saved:v1";
export const HISTORY_LIMIT = 50;
export const SAVED_LIMIT = 200;
export const MAX_NAME_LENGTH = 80;
/** Queries longer than this are not remembered (the editor still runs them). */
export const MAX_STORED_QUERY = 20_000;

export interface StoredQuery {
  query: string;
  /** The parameters as typed (JSON text). */
  params: string;
}

export interface HistoryEntry extends StoredQuery {
  /** ISO timestamp of the last run. */
  at: string;
}

export interface SavedQuery extends StoredQuery {
  name: string;
  savedAt: string;
}

const storedQuery = { query: z.string().min(1).max(MAX_STORED_QUERY), params: z.string().max(MAX_STORED_QUERY).catch("") };
const historyEntry = z.object({ ...storedQuery, at: z.string() });
const savedQuery = z.object({ ...storedQuery, name: z.string().min(1).max(MAX_NAME_LENGTH), savedAt: z.string() });

function readList<T>(storage: KeyValueStorage | null, key: string, item: z.ZodType<T>): T[] {
  if (!storage) return [];
  let raw: unknown;
  try {
    raw = JSON.parse(storage.getItem(key) ?? "[]");
  } catch {
    return [];
  }
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((entry) => {
    const parsed = item.safeParse(entry);
    return parsed.success ? [parsed.data] : [];
  });
}

function writeList(storage: KeyValueStorage | null, key: string, list: readonly unknown[]): boolean {
  if (!storage) return false;
  try {
    storage.setItem(key, JSON.stringify(list));
    return true;
  } catch {
    return false;
  }
}

const sameQuery = (a: StoredQuery, b: StoredQuery) => a.query.trim() === b.query.trim() && a.params.trim() === b.params.trim();

export interface ConsoleStorage {
  history(): HistoryEntry[];
  /** Records a run; returns the new history (unchanged when the query is too long to remember). */
  remember(entry: StoredQuery, now?: Date): HistoryEntry[];
  clearHistory(): void;
  saved(): SavedQuery[];
  /** Saves (or overwrites, by name, case-insensitively) a query; returns the new list. */
  save(name: string, entry: StoredQuery, now?: Date): { ok: true; saved: SavedQuery[] } | { ok: false; message: string };
  remove(name: string): SavedQuery[];
}

function memoryStorage(): KeyValueStorage {
  const data = new Map<string, string>();
  return { getItem: (key) => data.get(key) ?? null, setItem: (key, value) => void data.set(key, value), removeItem: (key) => void data.delete(key) };
}

export function createConsoleStorage(given: KeyValueStorage | null): ConsoleStorage {
  const storage = given ?? memoryStorage();
  const history = () => readList(storage, HISTORY_KEY, historyEntry);
  const saved = () => readList(storage, SAVED_KEY, savedQuery);
  return {
    history,
    remember(entry, now = new Date()) {
      if (entry.query.trim() === "" || entry.query.length > MAX_STORED_QUERY || entry.params.length > MAX_STORED_QUERY) return history();
      const next = [{ query: entry.query, params: entry.params, at: now.toISOString() }, ...history().filter((old) => !sameQuery(old, entry))].slice(0, HISTORY_LIMIT);
      writeList(storage, HISTORY_KEY, next);
      return next;
    },
    clearHistory() {
      try {
        storage?.removeItem(HISTORY_KEY);
      } catch {
        // nothing to clear
      }
    },
    saved,
    save(rawName, entry, now = new Date()) {
      const name = rawName.trim().replace(/\s+/g, " ");
      if (name === "") return { ok: false, message: "Give the query a name." };
      if (name.length > MAX_NAME_LENGTH) return { ok: false, message: `Names are at most ${MAX_NAME_LENGTH} characters.` };
      if (entry.query.trim() === "") return { ok: false, message: "There is no query to save." };
      if (entry.query.length > MAX_STORED_QUERY) return { ok: false, message: `Queries over ${MAX_STORED_QUERY.toLocaleString("en-US")} characters cannot be saved.` };
      const others = saved().filter((old) => old.name.toLowerCase() !== name.toLowerCase());
      if (others.length >= SAVED_LIMIT) return { ok: false, message: `At most ${SAVED_LIMIT} saved queries: delete one first.` };
      const next = [...others, { name, query: entry.query, params: entry.params, savedAt: now.toISOString() }].sort((a, b) => a.name.localeCompare(b.name));
      if (!writeList(storage, SAVED_KEY, next)) return { ok: false, message: "The browser refused to store the query (storage full or disabled)." };
      return { ok: true, saved: next };
    },
    remove(name) {
      const next = saved().filter((old) => old.name !== name);
      writeList(storage, SAVED_KEY, next);
      return next;
    },
  };
}
