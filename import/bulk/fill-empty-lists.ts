/**
 * The bulk importer cannot write an empty list (an empty field means "no property"), while the Cypher
 * loader stores `[]`. These statements set the empty lists a bulk import left out, and only those the
 * CSV writer saw (see csv-writer.ts), so readers find the same values whichever way a graph was built.
 * Each runs as an auto-commit query in batches (CALL … IN TRANSACTIONS).
 */
import { RELATION_TYPE_NAMES } from "../../graph-schema/index.js";
import type { EmptyLists } from "./csv-writer.js";

const setMissing = (variable: string, columns: readonly string[]) =>
  columns.map((c) => `${variable}.${c} = coalesce(${variable}.${c}, [])`).join(", ");

const anyMissing = (variable: string, columns: readonly string[]) => columns.map((c) => `${variable}.${c} IS NULL`).join(" OR ");

export function fillEmptyListStatements(empty: EmptyLists): string[] {
  const statements: string[] = [];
  const node = (label: "Entity" | "Evidence", columns: readonly string[]) => {
    if (columns.length === 0) return;
    statements.push(
      `MATCH (n:${label}) WHERE ${anyMissing("n", columns)} CALL (n) { SET ${setMissing("n", columns)} } IN TRANSACTIONS OF 20000 ROWS`,
    );
  };
  const relationship = (types: readonly string[], columns: readonly string[]) => {
    if (columns.length === 0) return;
    statements.push(
      `MATCH ()-[r:${types.join("|")}]->() WHERE ${anyMissing("r", columns)} CALL (r) { SET ${setMissing("r", columns)} } IN TRANSACTIONS OF 20000 ROWS`,
    );
  };
  node("Entity", empty.Entity);
  node("Evidence", empty.Evidence);
  relationship(["MENTIONS"], empty.MENTIONS);
  relationship(RELATION_TYPE_NAMES, empty.relations);
  return statements;
}
