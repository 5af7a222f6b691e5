import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { extractPaths } from "../../../import/index.js";
import { extractPathsInParallel } from "../../../import/extract/extract-parallel.js";
import type { ExtractionEvent } from "../../../import/extract/extract-paths.js";
import { ensureCorpus } from "../../bench/synthetic-corpus.js";

async function collect(events: AsyncIterable<ExtractionEvent>): Promise<ExtractionEvent[]> {
  const out: ExtractionEvent[] = [];
  for await (const event of events) out.push(event);
  return out;
}

describe("extraction on worker threads", () => {
  const dir = mkdtempSync(join(tmpdir(), "newsgraph-parallel-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("should yield what extractPaths yields, in the same order, bad files included", async () => {
    const corpus = ensureCorpus(dir, 240);
    writeFileSync(join(corpus, "zz-empty.txt"), "");
    const sequential = await collect(extractPaths([corpus]));
    const parallel = await collect(extractPathsInParallel([corpus], { threads: 2 }));
    expect(parallel.length).toBe(241);
    expect(parallel.filter((e) => e.kind === "error")).toHaveLength(1);
    expect(parallel).toEqual(sequential);
  }, 120_000);

  it("should stop its workers when the reader stops early", async () => {
    const corpus = ensureCorpus(dir, 240);
    let read = 0;
    for await (const event of extractPathsInParallel([corpus], { threads: 2 })) {
      if (event.kind === "article") read += 1;
      if (read === 3) break;
    }
    expect(read).toBe(3);
  }, 120_000);
});
