/**
 * The analyst's curation settings: their name (localStorage, kept between visits, sent as `analyst`
 * with every write so the audit trail says who did it) and the server's write token (sessionStorage,
 * asked for only after the server answered 401, gone when the tab closes).
 */
import type { KeyValueStorage } from "../layout/positions.js";

export const ANALYST_KEY = "newsgraph.analyst";
export const TOKEN_KEY = "newsgraph.writeToken";
const MAX_ANALYST_LENGTH = 100;

export interface CurationSettings {
  analyst(): string | null;
  setAnalyst(name: string): void;
  token(): string | null;
  setToken(token: string | null): void;
  onChange(listener: () => void): () => void;
}

/** Trims and bounds a name as the server does; empty means "not set". */
export function normaliseAnalyst(name: string): string | null {
  const trimmed = name.trim().replace(/\s+/g, " ").slice(0, MAX_ANALYST_LENGTH);
  return trimmed.length > 0 ? trimmed : null;
}

function read(storage: KeyValueStorage | null, key: string): string | null {
  try {
    return storage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

function write(storage: KeyValueStorage | null, key: string, value: string | null): void {
  try {
    if (value === null) storage?.removeItem(key);
    else storage?.setItem(key, value);
  } catch {
    // Storage full or disabled: the value lives for this page only.
  }
}

export function createCurationSettings(local: KeyValueStorage | null, session: KeyValueStorage | null): CurationSettings {
  let analyst = normaliseAnalyst(read(local, ANALYST_KEY) ?? "");
  let token = read(session, TOKEN_KEY);
  const listeners = new Set<() => void>();
  const changed = () => listeners.forEach((listener) => listener());
  return {
    analyst: () => analyst,
    setAnalyst(name) {
      const next = normaliseAnalyst(name);
      if (next === analyst) return;
      analyst = next;
      write(local, ANALYST_KEY, next);
      changed();
    },
    token: () => token,
    setToken(next) {
      const value = next?.trim() ? next.trim() : null;
      if (value === token) return;
      token = value;
      write(session, TOKEN_KEY, value);
      changed();
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
