/**
 * Gets a connected driver: to the user's Neo4j when NEO4J_URI is set, else to the embedded one we start.
 * `close()` closes the driver and stops what we started.
 */
import type { Driver } from "neo4j-driver";
import type { Logger } from "pino";

import type { Config } from "../config.js";
import { createDriver, waitForConnectivity } from "./driver.js";
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from "./embedded.js";
import { dataDirHolder } from "./lock.js";
import { superviseEmbedded } from "./supervisor.js";

export interface Neo4jConnection {
  driver: Driver;
  uri: string;
  version: string;
  embedded: EmbeddedNeo4j | null;
  close(): Promise<void>;
}

/** External Neo4j gets this long to answer before we give up with a clear message. */
export const EXTERNAL_CONNECT_TIMEOUT_MS = 20_000;

export class Neo4jConnectError extends Error {
  override name = "Neo4jConnectError";
}

export interface ConnectOptions {
  /** CLI commands: when `npm start` already runs the embedded Neo4j on this data dir, use it instead of failing. */
  reuseRunning?: boolean;
  /** `serve`: restart the embedded Neo4j if it dies on its own. */
  supervise?: boolean;
}

export async function connectNeo4j(config: Config, logger: Logger, options: ConnectOptions = {}): Promise<Neo4jConnection> {
  let embedded: EmbeddedNeo4j | null = null;
  const runningHolder = config.embedded && options.reuseRunning ? dataDirHolder(config.embedded.homeDir) : null;
  if (runningHolder !== null) {
    logger.info({ pid: runningHolder, uri: config.neo4j.uri }, "using the embedded Neo4j of the running newsgraph");
  } else if (config.embedded) {
    logger.info({ homeDir: config.embedded.homeDir, bolt: config.neo4j.uri }, "starting the embedded Neo4j");
    const started = await startEmbeddedNeo4j(config.embedded, (line) => logger.debug({ neo4j: line }));
    if (!started.ok) throw new Neo4jConnectError(started.error.message);
    embedded = started.value;
    logger.info({ version: embedded.version, pid: embedded.pid }, "embedded Neo4j is up");
  }
  const driver = createDriver(config.neo4j);
  const timeout = config.embedded ? config.embedded.startupTimeoutSeconds * 1000 : EXTERNAL_CONNECT_TIMEOUT_MS;
  const connected = await waitForConnectivity(driver, config.neo4j, timeout);
  const supervisor = embedded && config.embedded && options.supervise ? superviseEmbedded(config.embedded, embedded, logger) : null;
  const close = async () => {
    await driver.close();
    await (supervisor ?? embedded)?.stop();
  };
  if (!connected.ok) {
    await close();
    throw new Neo4jConnectError(connected.error.message);
  }
  return { driver, uri: config.neo4j.uri, version: connected.value.version, embedded, close };
}
