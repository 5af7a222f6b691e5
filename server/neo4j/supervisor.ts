/**
 * Keeps the embedded Neo4j running for `serve`: when the JVM dies on its own (crash, OOM kill), it is
 * started again with backoff; meanwhile the API answers 503 and the driver reconnects by itself.
 */
import type { Logger } from "pino";

import type { EmbeddedSettings } from "../config.js";
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from "./embedded.js";

export interface SupervisedNeo4j {
  stop(): Promise<void>;
}

const BACKOFF_MS = [1_000, 2_000, 5_000, 10_000, 30_000];

/**
 * Exit codes of a JVM that ran its shutdown hook on SIGINT (130) or SIGTERM (143): it was stopped on
 * purpose. Ctrl-C reaches the whole process group, so the JVM can be gone before `serve` has begun to
 * stop; restarting it then kept `serve` alive after Ctrl-C.
 */
const STOPPED_BY_SIGNAL = new Set([130, 143]);

export function restartsAfter(code: number | null): boolean {
  return code === null || !STOPPED_BY_SIGNAL.has(code);
}

export function superviseEmbedded(settings: EmbeddedSettings, first: EmbeddedNeo4j, logger: Logger): SupervisedNeo4j {
  let current: EmbeddedNeo4j | null = first;
  let stopping = false;
  let failures = 0;

  const watch = (instance: EmbeddedNeo4j) => {
    void instance.exited.then(async (code) => {
      if (stopping) return;
      current = null;
      if (!restartsAfter(code)) {
        logger.warn({ code }, "the embedded Neo4j was stopped by a signal; not restarting it");
        return;
      }
      logger.error({ code }, "the embedded Neo4j exited unexpectedly; restarting it");
      while (!stopping) {
        await new Promise((r) => setTimeout(r, BACKOFF_MS[Math.min(failures, BACKOFF_MS.length - 1)]));
        if (stopping) return;
        const restarted = await startEmbeddedNeo4j(settings, (line) => logger.debug({ neo4j: line }));
        if (restarted.ok) {
          failures = 0;
          current = restarted.value;
          logger.info({ pid: restarted.value.pid }, "the embedded Neo4j is back");
          watch(restarted.value);
          return;
        }
        failures += 1;
        logger.error({ problem: restarted.error.message }, "restarting the embedded Neo4j failed; retrying");
      }
    });
  };
  watch(first);

  return {
    stop: async () => {
      stopping = true;
      await current?.stop();
    },
  };
}
