/**
 * Configuration from the environment, parsed once at start (never read at import time).
 * Every setting is documented in the README's configuration table; errors name the variable to fix.
 */
import { resolve } from "node:path";

import { z } from "zod";

import { err, ok, type Result } from "../graph-schema/index.js";

const portSchema = z.coerce.number().int().min(0).max(65535);
const sizeSchema = z.string().regex(/^\d+[kmgKMG]?$/, "expected a size such as 512m or 2g");
const durationSchema = z.string().regex(/^\d+(ms|s|m|h)$/, "expected a duration such as 60s or 2m");
const flagSchema = z.enum(["0", "1", "true", "false"]).transform((v) => v === "1" || v === "true");

const envSchema = z.object({
  HOST: z.string().min(1).default("127.0.0.1"),
  PORT: portSchema.default(3000),
  NEO4J_URI: z
    .string()
    .regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\/.+/, "expected bolt://, neo4j://, neo4j+s:// or bolt+s:// followed by a host")
    .optional(),
  NEO4J_USERNAME: z.string().default("neo4j"),
  NEO4J_PASSWORD: z.string().default(""),
  NEO4J_DATABASE: z.string().min(1).default("neo4j"),
  NEO4J_BOLT_HOST: z.string().min(1).default("127.0.0.1"),
  NEO4J_BOLT_PORT: portSchema.default(7687),
  NEWSGRAPH_DATA_DIR: z.string().min(1).default("data"),
  NEO4J_HEAP: sizeSchema.default("1g"),
  NEO4J_PAGECACHE: sizeSchema.default("512m"),
  NEO4J_TX_TIMEOUT: durationSchema.default("120s"),
  NEO4J_TX_MEMORY_MAX: sizeSchema.default("1g"),
  NEO4J_STARTUP_TIMEOUT: z.coerce.number().int().positive().default(90),
  NEWSGRAPH_SEED: flagSchema.default(true),
  NEWSGRAPH_TOKEN: z.string().min(16, "NEWSGRAPH_TOKEN must be at least 16 characters").optional(),
  NEWSGRAPH_ANALYST: z.string().trim().min(1).max(100).default("analyst"),
  NEWSGRAPH_CYPHER_RATE: z.coerce.number().int().min(1).max(1_000_000).default(120),
  NEWSGRAPH_EXPORT_RATE: z.coerce.number().int().min(1).max(1_000_000).default(60),
  NEWSGRAPH_EXPORTS_AT_ONCE: z.coerce.number().int().min(1).max(64).default(2),
  NEWSGRAPH_CACHE_MB: z.coerce.number().int().min(0).max(65_536).default(256),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
});

export interface Neo4jTarget {
  /** Embedded: started by us; external: a Neo4j the user runs (Desktop, Aura, a cluster). */
  kind: "embedded" | "external";
  uri: string;
  username: string;
  password: string;
  database: string;
}

export interface EmbeddedSettings {
  homeDir: string;
  boltHost: string;
  boltPort: number;
  heap: string;
  pageCache: string;
  txTimeout: string;
  txMemoryMax: string;
  startupTimeoutSeconds: number;
}

export interface Config {
  host: string;
  port: number;
  neo4j: Neo4jTarget;
  embedded: EmbeddedSettings | null;
  seed: boolean;
  token: string | null;
  /** Name recorded on curations when the client does not send one. */
  analyst: string;
  /** Per-client requests per minute: Cypher console queries, and exports. */
  rateLimits: { cypherPerMinute: number; exportPerMinute: number };
  /** Exports built at once; four times as many may wait, more are refused with 503. */
  exportsAtOnce: number;
  /** Memory for cached read responses; 0 turns the cache off. */
  cacheMegabytes: number;
  logLevel: z.infer<typeof envSchema>["LOG_LEVEL"];
}

export interface ConfigError {
  kind: "invalid-config";
  message: string;
}

/** Parses the environment; unset variables take their documented defaults. */
export function parseConfig(env: NodeJS.ProcessEnv, cwd = process.cwd()): Result<Config, ConfigError> {
  const parsed = envSchema.safeParse(withoutEmpty(env));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const variable = issue?.path.join(".") ?? "environment";
    return err({ kind: "invalid-config", message: `Invalid ${variable}: ${issue?.message ?? "unknown problem"}.` });
  }
  const e = parsed.data;
  const embedded: EmbeddedSettings | null = e.NEO4J_URI
    ? null
    : {
        homeDir: resolve(cwd, e.NEWSGRAPH_DATA_DIR, "neo4j"),
        boltHost: e.NEO4J_BOLT_HOST,
        boltPort: e.NEO4J_BOLT_PORT,
        heap: e.NEO4J_HEAP,
        pageCache: e.NEO4J_PAGECACHE,
        txTimeout: e.NEO4J_TX_TIMEOUT,
        txMemoryMax: e.NEO4J_TX_MEMORY_MAX,
        startupTimeoutSeconds: e.NEO4J_STARTUP_TIMEOUT,
      };
  return ok({
    host: e.HOST,
    port: e.PORT,
    neo4j: {
      kind: e.NEO4J_URI ? "external" : "embedded",
      uri: e.NEO4J_URI ?? `bolt://${hostForUri(e.NEO4J_BOLT_HOST)}:${e.NEO4J_BOLT_PORT}`,
      username: e.NEO4J_USERNAME,
      password: e.NEO4J_PASSWORD,
      database: e.NEO4J_DATABASE,
    },
    embedded,
    seed: e.NEWSGRAPH_SEED,
    token: e.NEWSGRAPH_TOKEN ?? null,
    analyst: e.NEWSGRAPH_ANALYST,
    rateLimits: { cypherPerMinute: e.NEWSGRAPH_CYPHER_RATE, exportPerMinute: e.NEWSGRAPH_EXPORT_RATE },
    exportsAtOnce: e.NEWSGRAPH_EXPORTS_AT_ONCE,
    cacheMegabytes: e.NEWSGRAPH_CACHE_MB,
    logLevel: e.LOG_LEVEL,
  });
}

function hostForUri(host: string): string {
  return host.includes(":") ? `[${host}]` : host;
}

/** An empty variable (`PORT=`) means "unset", as in most tools. */
function withoutEmpty(env: NodeJS.ProcessEnv): Record<string, string> {
  return Object.fromEntries(Object.entries(env).filter((e): e is [string, string] => !!e[1]));
}

/** Whether the HTTP server listens beyond this machine (then writes need the bearer token). */
export function isLoopback(host: string): boolean {
  return host === "localhost" || host === "::1" || /^127\./.test(host);
}
