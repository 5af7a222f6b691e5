/**
 * The live schema for autocompletion: labels, relationship types and property keys, read through the
 * console endpoint itself (`CALL db.labels()` etc. are allow-listed), once per page. Until it arrives,
 * or if it fails, the editor suggests our own entity labels and relation types from graph-schema.
 */
import { ENTITY_LABEL, ENTITY_TYPE_NAMES, RELATION_PROVENANCE_KEYS, RELATION_TYPE_NAMES, type JsonValue } from "../../graph-schema/index.js";
import type { GraphSchema } from "./completion.js";
import { runCypher } from "./cypher-api.js";

export const FALLBACK_SCHEMA: GraphSchema = {
  labels: [ENTITY_LABEL, ...ENTITY_TYPE_NAMES, "Article", "Evidence"],
  relationshipTypes: [...RELATION_TYPE_NAMES],
  propertyKeys: ["id", "name", "type", "aliases", "roles", "title", "sentence", ...RELATION_PROVENANCE_KEYS.filter((k) => k !== "id")],
};

/** The single string column of a `CALL db.x()` result. */
export function stringColumn(rows: readonly Record<string, JsonValue>[], column: string): string[] {
  return [...new Set(rows.map((row) => row[column]).filter((v): v is string => typeof v === "string"))].sort((a, b) => a.localeCompare(b));
}

let pending: Promise<GraphSchema> | null = null;

export function loadSchema(): Promise<GraphSchema> {
  pending ??= (async () => {
    const [labels, types, keys] = await Promise.all([
      runCypher("CALL db.labels()", {}),
      runCypher("CALL db.relationshipTypes()", {}),
      runCypher("CALL db.propertyKeys()", {}),
    ]);
    if (!labels.ok || !types.ok || !keys.ok) {
      pending = null; // try again next time the console opens
      return FALLBACK_SCHEMA;
    }
    return {
      labels: stringColumn(labels.value.rows, "label"),
      relationshipTypes: stringColumn(types.value.rows, "relationshipType"),
      propertyKeys: stringColumn(keys.value.rows, "propertyKey"),
    };
  })();
  return pending;
}
