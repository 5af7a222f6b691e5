/**
 * The database handle every repository takes: the driver, the database name and the read timeout.
 * A session per unit of work, closed in `finally`; reads in READ mode with a timeout set by us
 * (a client-set timeout overrides the server's, so we always pass one).
 */
import neo4j, { type Driver, type ManagedTransaction, type RecordShape } from "neo4j-driver";

import { TOUCH_GRAPH_STATE } from "../../graph-schema/index.js";

export interface GraphDb {
  driver: Driver;
  database: string;
  /** Default timeout of read transactions, in milliseconds. */
  readTimeoutMs: number;
  /** Called after each write transaction this process commits (read caches drop what they hold). */
  onWrite?: () => void;
}

export async function readTx<T>(
  db: GraphDb,
  work: (tx: ManagedTransaction) => Promise<T>,
  timeoutMs = db.readTimeoutMs,
): Promise<T> {
  const session = db.driver.session({ database: db.database, defaultAccessMode: neo4j.session.READ });
  try {
    return await session.executeRead(work, { timeout: timeoutMs });
  } finally {
    await session.close();
  }
}

/** A write transaction; it also renews the graph-state token, in the same transaction. */
export async function writeTx<T>(db: GraphDb, work: (tx: ManagedTransaction) => Promise<T>, timeoutMs?: number): Promise<T> {
  const session = db.driver.session({ database: db.database, defaultAccessMode: neo4j.session.WRITE });
  try {
    const result = await session.executeWrite(
      async (tx) => {
        const value = await work(tx);
        await tx.run(TOUCH_GRAPH_STATE);
        return value;
      },
      timeoutMs ? { timeout: timeoutMs } : undefined,
    );
    db.onWrite?.();
    return result;
  } finally {
    await session.close();
  }
}

/** Runs one read query and maps its records. */
export async function readRecords<T, R extends RecordShape = RecordShape>(
  db: GraphDb,
  cypher: string,
  params: Record<string, unknown>,
  map: (record: R) => T,
): Promise<T[]> {
  return readTx(db, async (tx) => {
    const result = await tx.run<R>(cypher, params);
    return result.records.map((record) => map(record.toObject()));
  });
}
