/**
 * A bounded number of heavy jobs at once, with a short waiting line: exports of a large graph take
 * seconds and hundreds of megabytes each, so a burst of different ones (different titles, scopes or
 * formats; identical ones share the read cache's computation) would otherwise run side by side until
 * the server runs out of memory. A job beyond the line is refused at once, so the client can retry.
 */
import pLimit from "p-limit";

export interface JobSlotsOptions {
  /** Jobs running at once. */
  concurrency: number;
  /** Jobs that may wait for a slot; more are refused. */
  queue: number;
}

export type SlotOutcome<T> = { kind: "done"; value: T } | { kind: "busy" };

export interface JobSlots {
  run<T>(job: () => Promise<T>): Promise<SlotOutcome<T>>;
  stats(): { running: number; waiting: number };
}

export function createJobSlots(options: JobSlotsOptions): JobSlots {
  const limit = pLimit(options.concurrency);
  return {
    async run(job) {
      if (limit.activeCount >= options.concurrency && limit.pendingCount >= options.queue) return { kind: "busy" };
      return { kind: "done", value: await limit(job) };
    },
    stats: () => ({ running: limit.activeCount, waiting: limit.pendingCount }),
  };
}
