/**
 * A worker thread of extractPathsInParallel: extracts the files it is sent, one message per file, with
 * the default lexicon (loaded once per worker).
 */
import { parentPort } from "node:worker_threads";

import { extractFile } from "./extract-paths.js";
import type { ExtractionEvent } from "./extract-paths.js";

export interface ExtractRequest {
  index: number;
  file: string;
  maxBytes?: number;
}

export interface ExtractReply {
  index: number;
  event: ExtractionEvent;
}

const port = parentPort;
if (port) {
  port.on("message", (request: ExtractRequest) => {
    void extractFile(request.file, { maxBytes: request.maxBytes }).then((event) => port.postMessage({ index: request.index, event } satisfies ExtractReply));
  });
}
