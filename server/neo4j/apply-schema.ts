/**
 * Applies graph-schema's constraints and indexes (idempotent: IF NOT EXISTS), waits for them to be
 * online and records the schema version in the database.
 */
import type { Driver } from "neo4j-driver";

import { CONSTRAINTS, INDEXES, SCHEMA_VERSION } from "../../graph-schema/index.js";

export async function applySchema(driver: Driver, database: string): Promise<{ version: number }> {
  // Schema commands cannot share a transaction with writes, so each runs on its own.
  for (const statement of [...CONSTRAINTS, ...INDEXES]) {
    await driver.executeQuery(statement, {}, { database });
  }
  await driver.executeQuery("CALL db.awaitIndexes(120)", {}, { database });
  await driver.executeQuery(
    "MERGE (m:SchemaMeta {key: 'schema'}) SET m.version = $version, m.appliedAt = datetime()",
    { version: SCHEMA_VERSION },
    { database },
  );
  return { version: SCHEMA_VERSION };
}
