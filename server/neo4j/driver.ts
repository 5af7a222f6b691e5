/**
 * One driver per process, pooled and bounded. Connectivity checks and the mapping of driver errors
 * to messages that name the setting to change live here, in one place.
 */
import neo4j, { type Driver, Neo4jError } from "neo4j-driver";

import { err, ok, type Result } from "../../graph-schema/index.js";
import type { Neo4jTarget } from "../config.js";

export const MAX_CONNECTION_POOL_SIZE = 64;

export function createDriver(target: Neo4jTarget): Driver {
  const auth = target.password ? neo4j.auth.basic(target.username, target.password) : undefined;
  return neo4j.driver(target.uri, auth, {
    maxConnectionPoolSize: MAX_CONNECTION_POOL_SIZE,
    connectionAcquisitionTimeout: 10_000,
    connectionTimeout: 5_000,
    maxTransactionRetryTime: 5_000,
    disableLosslessIntegers: false,
    userAgent: "newsgraph/0.1",
  });
}

export type Neo4jProblemKind = "unreachable" | "unauthorized" | "database-not-found" | "neo4j-error";

export interface Neo4jProblem {
  kind: Neo4jProblemKind;
  message: string;
}

/** The one function that turns a driver error into a domain problem with a fix in its message. */
export function describeNeo4jError(cause: unknown, target: Pick<Neo4jTarget, "uri" | "database">): Neo4jProblem {
  const code = cause instanceof Neo4jError ? cause.code : "";
  if (code === "Neo.ClientError.Security.Unauthorized" || code === "Neo.ClientError.Security.AuthenticationRateLimit") {
    return {
      kind: "unauthorized",
      message: `Neo4j at ${target.uri} refused the credentials. Check NEO4J_USERNAME and NEO4J_PASSWORD.`,
    };
  }
  if (code === "Neo.ClientError.Database.DatabaseNotFound") {
    return {
      kind: "database-not-found",
      message: `Neo4j at ${target.uri} has no database "${target.database}". Set NEO4J_DATABASE.`,
    };
  }
  if (isUnavailable(cause)) {
    return {
      kind: "unreachable",
      message: `Neo4j at ${target.uri} is unreachable. Check that it runs and that NEO4J_URI is right.`,
    };
  }
  const text = cause instanceof Error ? cause.message : String(cause);
  return { kind: "neo4j-error", message: `Neo4j error: ${text}` };
}

export function isUnavailable(cause: unknown): boolean {
  if (!(cause instanceof Neo4jError)) return false;
  return (
    cause.code === "ServiceUnavailable" ||
    cause.code === "SessionExpired" ||
    cause.code === "Neo.TransientError.General.DatabaseUnavailable" ||
    /connect|ECONNREFUSED|Pool is closed/i.test(cause.message)
  );
}

export interface ServerDescription {
  version: string;
  agent: string;
}

/** Retries until Neo4j answers or the deadline passes; credentials errors fail at once (retrying cannot fix them). */
export async function waitForConnectivity(
  driver: Driver,
  target: Neo4jTarget,
  timeoutMs: number,
): Promise<Result<ServerDescription, Neo4jProblem>> {
  const deadline = Date.now() + timeoutMs;
  let last: Neo4jProblem = { kind: "unreachable", message: `Neo4j at ${target.uri} is unreachable.` };
  while (Date.now() < deadline) {
    try {
      const info = await driver.getServerInfo({ database: target.database });
      const agent = info.agent ?? "Neo4j";
      return ok({ agent, version: agent.replace(/^Neo4j\//, "") });
    } catch (cause) {
      last = describeNeo4jError(cause, target);
      if (last.kind !== "unreachable") return err(last);
      await new Promise((r) => setTimeout(r, 500));
    }
  }
  return err(last);
}
