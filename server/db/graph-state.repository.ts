/** The graph-state token every write renews (see graph-schema's TOUCH_GRAPH_STATE): what read caches compare. */
import { READ_GRAPH_STATE } from "../../graph-schema/index.js";
import { readTx, type GraphDb } from "./graph-db.js";

/** A token read is tiny: it must not wait as long as a slow query may. */
const TOKEN_TIMEOUT_MS = 2_000;

export async function readGraphToken(db: GraphDb): Promise<string | null> {
  const result = await readTx(db, (tx) => tx.run(READ_GRAPH_STATE), TOKEN_TIMEOUT_MS);
  const token: unknown = result.records[0]?.get("token");
  return typeof token === "string" ? token : null;
}
