/**
 * Helpers for tests against the real Neo4j started by the global setup.
 * Integration test files run one at a time (--runInBand) and each starts from an empty graph.
 */
import neo4j, { type Driver } from "neo4j-driver";
import { pino } from "pino";

import type { GraphDb } from "../../server/db/graph-db.js";
import { applySchema } from "../../server/neo4j/apply-schema.js";

export const TEST_DATABASE = "neo4j";

export function testNeo4jUri(): string {
  const uri = process.env.NEWSGRAPH_TEST_NEO4J_URI;
  if (!uri) throw new Error("NEWSGRAPH_TEST_NEO4J_URI is not set: run integration tests through `npm run test:int`.");
  return uri;
}

export function createTestDriver(): Driver {
  return neo4j.driver(testNeo4jUri());
}

export function testDb(driver: Driver): GraphDb {
  return { driver, database: TEST_DATABASE, readTimeoutMs: 10_000 };
}

/** Empties the graph and (re)applies the schema. */
export async function resetDatabase(driver: Driver): Promise<void> {
  await driver.executeQuery("MATCH (n) DETACH DELETE n", {}, { database: TEST_DATABASE });
  await applySchema(driver, TEST_DATABASE);
}

export async function countOf(driver: Driver, cypher: string): Promise<number> {
  const { records } = await driver.executeQuery(cypher, {}, { database: TEST_DATABASE });
  return Number(records[0]?.get(0) ?? 0);
}

/** Silent in tests; NEWSGRAPH_TEST_LOG=1 shows server errors while debugging. */
export const silentLogger = pino({ level: process.env.NEWSGRAPH_TEST_LOG === "1" ? "error" : "silent" });
