/**
 * The extractor on the five seed articles, scored by the shared gold scorer. shared/ sits beside the
 * repository (../shared); without it the test is skipped with a message.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { Writable } from "node:stream";

import { runExtractCommand } from "../../../import/index.js";
import { REPO_ROOT } from "./helpers.js";

const SHARED = resolve(REPO_ROOT, "..", "shared");
const SCORER = join(SHARED, "gold", "score.mjs");
const GOLD = join(SHARED, "gold", "seeds.json");
const available = existsSync(SCORER) && existsSync(GOLD);

interface Score {
  precision: number;
  recall: number;
  f1: number;
}

function sink(): { stream: Writable; text: () => string } {
  let out = "";
  return {
    stream: new Writable({
      write(chunk, _enc, done) {
        out += String(chunk);
        done();
      },
    }),
    text: () => out,
  };
}

(available ? describe : describe.skip)("seed articles against the gold scorer", () => {
  it("should reach the quality thresholds (overall F1 >= 0.85, key types >= 0.80, status >= 0.85)", async () => {
    const stdout = sink();
    const stderr = sink();
    const code = await runExtractCommand([join(REPO_ROOT, "import", "articles")], { json: true }, { stdout: stdout.stream, stderr: stderr.stream });
    expect(code).toBe(0);
    const dir = await mkdtemp(join(tmpdir(), "newsgraph-score-"));
    const pred = join(dir, "pred.json");
    await writeFile(pred, stdout.text());
    const run = spawnSync(process.execPath, [SCORER, "--gold", GOLD, "--pred", pred, "--json"], { encoding: "utf8" });
    expect(run.status).toBe(0);
    const score = JSON.parse(run.stdout) as { overall: Score; statusAccuracy: number; perType: Record<string, Score> };
    expect(score.overall.f1).toBeGreaterThanOrEqual(0.85);
    for (const type of ["VISITED", "SUPPLIES_WEAPONS_TO", "ACCUSES", "DENIES"]) expect(score.perType[type]?.f1).toBeGreaterThanOrEqual(0.8);
    expect(score.statusAccuracy).toBeGreaterThanOrEqual(0.85);
  });
});

if (!available) {
  describe("seed articles against the gold scorer", () => {
    it.skip(`skipped: the shared gold scorer was not found at ${SCORER} (shared/ is expected beside the repository)`, () => undefined);
  });
}
