/** Startup failures we expect (port taken, Neo4j unreachable, …) print one line; anything else is a bug with a stack. */
import type { Logger } from "pino";

import { StartupError } from "../main.js";
import { Neo4jConnectError } from "../neo4j/connect.js";
import { describeNeo4jError } from "../neo4j/driver.js";

export function reportFatal(cause: unknown, logger: Logger, neo4jTarget?: { uri: string; database: string }): number {
  if (cause instanceof StartupError || cause instanceof Neo4jConnectError) {
    process.stderr.write(`newsgraph: ${cause.message}\n`);
    return 1;
  }
  if (neo4jTarget) {
    const problem = describeNeo4jError(cause, neo4jTarget);
    if (problem.kind !== "neo4j-error") {
      process.stderr.write(`newsgraph: ${problem.message}\n`);
      return 1;
    }
  }
  logger.fatal({ err: cause }, "unexpected failure");
  process.stderr.write(`newsgraph: unexpected failure: ${cause instanceof Error ? cause.message : String(cause)}\n`);
  return 1;
}
