/**
 * extractPaths on every core: worker threads extract the files while this thread consumes the results,
 * which come out in file order, exactly as extractPaths yields them (imports depend on that order:
 * first-seen names, lists in arrival order). A few files per worker are in flight, so memory stays
 * flat in the corpus size. Default lexicon only: a custom one is a compiled object threads cannot share.
 */
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";

import { listArticleFiles, type ReadArticleOptions } from "../read/index.js";
import { extractFile, type ExtractionEvent } from "./extract-paths.js";
import type { ExtractReply, ExtractRequest } from "./extract-worker.js";

export interface ParallelOptions extends ReadArticleOptions {
  /** Worker threads; default one per core. 1 extracts on this thread. */
  threads?: number;
}

/** Files in flight per worker: enough to keep it busy while its replies are consumed. */
const IN_FLIGHT_PER_WORKER = 8;
/** Below this many files, starting workers (each loads the lexicon) costs more than it saves. */
const MIN_FILES_FOR_WORKERS = 200;

export async function* extractPathsInParallel(paths: string[], options: ParallelOptions = {}): AsyncGenerator<ExtractionEvent> {
  const { files, errors } = await listArticleFiles(paths);
  for (const error of errors) yield { kind: "error", error };
  const threads = Math.max(1, options.threads ?? availableParallelism());
  if (threads === 1 || files.length < MIN_FILES_FOR_WORKERS) {
    for (const file of files) yield await extractFile(file, options);
    return;
  }

  const workers = Array.from({ length: threads }, () => ({ worker: startWorker(), inFlight: 0 }));
  const done = new Map<number, ExtractionEvent>();
  let failure: Error | null = null;
  let wake: (() => void) | null = null;
  const notify = () => {
    wake?.();
    wake = null;
  };
  let sent = 0;
  let consumed = 0;
  // Results wait here until their turn, so a slow file cannot let the others pile up without bound.
  const window = threads * IN_FLIGHT_PER_WORKER * 2;
  const pump = () => {
    for (const slot of workers) {
      while (slot.inFlight < IN_FLIGHT_PER_WORKER && sent < files.length && sent < consumed + window) {
        const request: ExtractRequest = { index: sent, file: files[sent] as string, maxBytes: options.maxBytes };
        sent += 1;
        slot.inFlight += 1;
        slot.worker.postMessage(request);
      }
    }
  };
  for (const slot of workers) {
    slot.worker.on("message", (reply: ExtractReply) => {
      slot.inFlight -= 1;
      done.set(reply.index, reply.event);
      pump();
      notify();
    });
    slot.worker.on("error", (cause: Error) => {
      failure = cause;
      notify();
    });
  }
  pump();
  try {
    for (; consumed < files.length; consumed += 1) {
      while (!done.has(consumed)) {
        if (failure) throw new Error(`an extraction worker failed: ${(failure as Error).message}`);
        await new Promise<void>((resolveWake) => (wake = resolveWake));
      }
      const event = done.get(consumed) as ExtractionEvent;
      done.delete(consumed);
      pump();
      yield event;
    }
  } finally {
    await Promise.all(workers.map((slot) => slot.worker.terminate()));
  }
}

/** The worker's module beside this one: .js when built; .ts when run from source, registering tsx first as this thread did. */
function startWorker(): Worker {
  if (!import.meta.url.endsWith(".ts")) return new Worker(new URL("./extract-worker.js", import.meta.url));
  const url = new URL("./extract-worker.ts", import.meta.url).href;
  return new Worker(`import("tsx/esm/api").then((tsx) => { tsx.register(); return import(${JSON.stringify(url)}); });`, { eval: true });
}
