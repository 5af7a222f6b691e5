/**
 * Keeps the explorer's opening request hot: the whole graph of a large corpus takes Neo4j seconds to
 * read, and every analyst who opens the explorer asks for it first. After start, and whenever the
 * graph changed and then stayed unchanged for one interval (an import running elsewhere renews the
 * token every batch; recomputing each time would only load Neo4j), the server requests these paths
 * from itself, through the read cache.
 */
import { BROWSER_ACCEPT_ENCODING } from "./read-cache.js";

export interface KeepWarmOptions {
  /** The server's own base URL. */
  baseUrl: string;
  paths: string[];
  readToken: () => Promise<string | null>;
  intervalMs?: number;
  onError?: (cause: unknown) => void;
}

export interface KeepWarm {
  stop: () => void;
  /** Resolves when the warm-up in progress (if any) is over; for tests. */
  settled: () => Promise<void>;
}

export function keepWarm(options: KeepWarmOptions): KeepWarm {
  const intervalMs = options.intervalMs ?? 2_000;
  let warmedFor: string | null | undefined;
  let seenLast: string | null | undefined;
  let running: Promise<void> = Promise.resolve();
  let busy = false;
  let stopped = false;

  const warm = async (token: string | null) => {
    for (const path of options.paths) {
      if (stopped) return;
      // As a browser asks: the cache then holds the compressed copy browsers get.
      const res = await fetch(options.baseUrl + path, { headers: { "accept-encoding": BROWSER_ACCEPT_ENCODING } });
      await res.arrayBuffer();
    }
    warmedFor = token;
  };

  const tick = async () => {
    if (busy || stopped) return;
    busy = true;
    try {
      const token = await options.readToken();
      const settledSinceLastTick = token === seenLast;
      seenLast = token;
      if (token !== warmedFor && (warmedFor === undefined || settledSinceLastTick)) await warm(token);
    } catch (cause) {
      options.onError?.(cause);
    } finally {
      busy = false;
    }
  };

  running = tick();
  const timer = setInterval(() => {
    running = tick();
  }, intervalMs);
  timer.unref();
  return {
    stop: () => {
      stopped = true;
      clearInterval(timer);
    },
    settled: () => running,
  };
}
