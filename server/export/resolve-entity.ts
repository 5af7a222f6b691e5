/**
 * Resolves what a user typed for `--around` (an entity id, a name or an alias, in any case and with
 * or without diacritics) to one entity, through the search repository. An exact id or a single exact
 * name/alias match wins; a single hit is taken; several candidates are an error that lists them.
 */
import { err, ok, type EntityRef, type Result } from "../../graph-schema/index.js";
import { readTx, type GraphDb } from "../db/graph-db.js";
import { fold, searchEntities } from "../db/search.repository.js";
import { findEntityRefs } from "../db/relations.repository.js";

export type ResolveFailure =
  | { kind: "not-found"; query: string }
  | { kind: "ambiguous"; query: string; candidates: (EntityRef & { matched: string })[] };

export interface Resolved {
  entity: EntityRef;
  /** How it matched: the id itself, or the name/alias that matched. */
  matched: string;
}

export async function resolveEntity(db: GraphDb, nameOrId: string): Promise<Result<Resolved, ResolveFailure>> {
  const query = nameOrId.trim();
  if (!query) return err({ kind: "not-found", query });
  const byId = await readTx(db, (tx) => findEntityRefs(tx, [query]));
  const direct = byId.get(query);
  if (direct) return ok({ entity: direct, matched: query });

  const hits = await searchEntities(db, query, 10);
  const wanted = fold(query);
  const exact = hits.filter((h) => fold(h.name) === wanted || h.aliases.some((a) => fold(a) === wanted));
  const pick = exact.length === 1 ? exact : exact.length === 0 && hits.length === 1 ? hits : null;
  const hit = pick?.[0];
  if (hit) return ok({ entity: { id: hit.id, name: hit.name, entityType: hit.entityType }, matched: hit.matched });
  if (hits.length === 0) return err({ kind: "not-found", query });
  const candidates = (exact.length > 1 ? exact : hits).map((h) => ({ id: h.id, name: h.name, entityType: h.entityType, matched: h.matched }));
  return err({ kind: "ambiguous", query, candidates });
}
