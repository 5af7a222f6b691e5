/**
 * Jest globalSetup for integration and e2e tests: one real embedded Neo4j per test run, on a temporary
 * data dir and a free Bolt port, so tests never touch ./data and can run while `npm start` runs.
 * The URI reaches the test workers through the environment.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { startEmbeddedNeo4j, type EmbeddedNeo4j } from "../../server/neo4j/embedded.js";
import { findFreePort } from "../../server/neo4j/ports.js";

declare global {
  var __NEWSGRAPH_TEST_NEO4J__: { neo4j: EmbeddedNeo4j; homeDir: string } | undefined;
}

export default async function setup(): Promise<void> {
  const homeDir = mkdtempSync(join(tmpdir(), "newsgraph-test-neo4j-"));
  const boltPort = await findFreePort();
  const started = await startEmbeddedNeo4j({
    homeDir,
    boltHost: "127.0.0.1",
    boltPort,
    heap: "1g",
    pageCache: "256m",
    txTimeout: "60s",
    txMemoryMax: "1g",
    startupTimeoutSeconds: 120,
  });
  if (!started.ok) {
    throw new Error(`Integration tests need the embedded Neo4j (run \`npm install\` first): ${started.error.message}`);
  }
  globalThis.__NEWSGRAPH_TEST_NEO4J__ = { neo4j: started.value, homeDir };
  process.env.NEWSGRAPH_TEST_NEO4J_URI = started.value.uri;
  process.env.NEWSGRAPH_TEST_NEO4J_VERSION = started.value.version;
}
