/**
 * The last query the console ran successfully, for the Export menu's "Last Cypher result" scope. Kept
 * apart from the console itself so the export code does not load the editor to read it.
 */
import type { CypherParams } from "./params.js";

export interface LastCypherRun {
  query: string;
  params: CypherParams;
  rows: number;
  /** Entities and relations the result holds (what an export of it can contain). */
  entities: number;
  relations: number;
}

let last: LastCypherRun | null = null;
const listeners = new Set<(run: LastCypherRun | null) => void>();

export function lastCypherRun(): LastCypherRun | null {
  return last;
}

export function setLastCypherRun(run: LastCypherRun | null): void {
  last = run;
  listeners.forEach((listener) => listener(run));
}

export function onLastCypherRun(listener: (run: LastCypherRun | null) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
