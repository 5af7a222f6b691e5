/**
 * The extractor on the five seed articles, on our own annotated articles and on held-out ones, scored by the shared gold scorer. shared/ sits beside the
 * repository (../shared); without it the test is skipped with a message.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

import { runExtractCommand } from "../../../import/index.js";
import { REPO_ROOT, sink } from "./helpers.js";

const SHARED = resolve(REPO_ROOT, "..", "shared");
const SCORER = join(SHARED, "gold", "score.mjs");
const GOLD = join(SHARED, "gold", "seeds.json");
const OWN_ARTICLES = join(REPO_ROOT, "test", "fixtures", "gold-articles", "articles");
const OWN_GOLD = join(REPO_ROOT, "test", "fixtures", "gold-articles", "gold.json");
const HOLDOUT_ARTICLES = join(REPO_ROOT, "test", "fixtures", "gold-holdout", "articles");
const HOLDOUT_GOLD = join(REPO_ROOT, "test", "fixtures", "gold-holdout", "gold.json");
const HOLDOUT_2_ARTICLES = join(REPO_ROOT, "test", "fixtures", "gold-holdout-2", "articles");
const HOLDOUT_2_GOLD = join(REPO_ROOT, "test", "fixtures", "gold-holdout-2", "gold.json");
const holdout = (n: number) => ({ articles: join(REPO_ROOT, "test", "fixtures", `gold-holdout-${n}`, "articles"), gold: join(REPO_ROOT, "test", "fixtures", `gold-holdout-${n}`, "gold.json") });
const available = existsSync(SCORER) && existsSync(GOLD);

interface Score {
  precision: number;
  recall: number;
  f1: number;
}

interface ScoreReport {
  overall: Score;
  statusAccuracy: number;
  perType: Record<string, Score>;
}

async function scoreFolder(folder: string, gold: string): Promise<ScoreReport> {
  const stdout = sink();
  const stderr = sink();
  const code = await runExtractCommand([folder], { json: true }, { stdout: stdout.stream, stderr: stderr.stream });
  expect(code).toBe(0);
  const dir = await mkdtemp(join(tmpdir(), "newsgraph-score-"));
  const pred = join(dir, "pred.json");
  await writeFile(pred, stdout.text());
  const run = spawnSync(process.execPath, [SCORER, "--gold", gold, "--pred", pred, "--json"], { encoding: "utf8" });
  expect(run.status).toBe(0);
  return JSON.parse(run.stdout) as ScoreReport;
}

(available ? describe : describe.skip)("extraction against gold annotations, scored by the shared scorer", () => {
  it("should reach the quality thresholds on the seed articles (overall F1 >= 0.85, key types >= 0.80, status >= 0.85)", async () => {
    const score = await scoreFolder(join(REPO_ROOT, "import", "articles"), GOLD);
    expect(score.overall.f1).toBeGreaterThanOrEqual(0.85);
    for (const type of ["VISITED", "SUPPLIES_WEAPONS_TO", "ACCUSES", "DENIES"]) expect(score.perType[type]?.f1).toBeGreaterThanOrEqual(0.8);
    expect(score.statusAccuracy).toBeGreaterThanOrEqual(0.85);
  });

  // Overall thresholds for our own gold sets; each comment says how the set was made and what it measured.
  const SETS: { name: string; articles: string; gold: string; f1: number; precision: number }[] = [
    // Eleven articles of our own (test/fixtures/gold-articles), annotated before the rules were tuned on
    // them (the rules' misses there were read). Measured: P 0.96, R 0.80, F1 0.88.
    { name: "our own annotated articles", articles: OWN_ARTICLES, gold: OWN_GOLD, f1: 0.8, precision: 0.9 },
    // Four articles (test/fixtures/gold-holdout) written and annotated by someone who never saw the
    // extractor, scored once before any rule was changed after reading them: P 0.85, R 0.76, F1 0.80.
    // Rules were then changed after reading their misses: P 0.93, R 0.87, F1 0.90.
    { name: "the first held-out articles", articles: HOLDOUT_ARTICLES, gold: HOLDOUT_GOLD, f1: 0.85, precision: 0.85 },
    // Four more (test/fixtures/gold-holdout-2), written the same way after those changes and scored once
    // before any change informed by them: P 0.92, R 0.60, F1 0.73 (this morning's rules: 0.91, 0.59, 0.72).
    // Rules changed after reading their misses: P 0.96, R 0.72, F1 0.82.
    { name: "the second held-out articles", articles: HOLDOUT_2_ARTICLES, gold: HOLDOUT_2_GOLD, f1: 0.78, precision: 0.9 },
    // Sets 3, 4 and 5, written the same way (by helpers that never opened the extractor), each scored once
    // with the rules of the moment before any change informed by it, then used for changes:
    // 3: first P 0.89, R 0.64, F1 0.74 -> P 0.98, R 0.74, F1 0.85;
    // 4: first P 0.95, R 0.60, F1 0.74 -> P 0.98, R 0.70, F1 0.81;
    // 5: first P 0.86, R 0.54, F1 0.66 -> P 0.91, R 0.62, F1 0.74.
    { name: "the third held-out articles", ...holdout(3), f1: 0.83, precision: 0.93 },
    { name: "the fourth held-out articles", ...holdout(4), f1: 0.77, precision: 0.93 },
    { name: "the fifth held-out articles", ...holdout(5), f1: 0.7, precision: 0.87 },
    // Set 6, written after all those changes: first P 0.92, R 0.69, F1 0.79 -> P 0.94, R 0.79, F1 0.86.
    { name: "the sixth held-out articles", ...holdout(6), f1: 0.81, precision: 0.89 },
    // Set 7, written last, scored once and never read for a rule: P 0.91, R 0.72, F1 0.80 (the morning's rules: 0.92, 0.72, 0.81).
    { name: "the seventh held-out articles", ...holdout(7), f1: 0.81, precision: 0.88 },
    // Then read for changes (2026-12-07, second session): P 0.92, R 0.79, F1 0.85.
    // Sets 8 and 9, written together by two helpers that never opened the extractor, both scored once with
    // the rules of that moment: 8: P 0.88, R 0.75, F1 0.81; 9: P 0.92, R 0.66, F1 0.77.
    // Set 8 was then read for changes: P 0.93, R 0.86, F1 0.89. Set 9 was never read for a rule: after
    // the changes from sets 5-8 it scores P 0.92, R 0.71, F1 0.80.
    { name: "the eighth held-out articles", ...holdout(8), f1: 0.85, precision: 0.89 },
    // Set 9 was first read for changes on 2026-12-07 (third session): P 0.94, R 0.79, F1 0.86.
    { name: "the ninth held-out articles", ...holdout(9), f1: 0.83, precision: 0.9 },
    // Set 10, written blind at the end of that session and scored once, never read: P 0.89, R 0.67, F1 0.76
    // (the same F1 with the rules from before that session's changes); after the third session's changes
    // (from set 9), still never read: P 0.90, R 0.68, F1 0.77.
    { name: "the tenth held-out articles", ...holdout(10), f1: 0.74, precision: 0.86 },
    // Set 11, written blind by two helpers during the third session, its texts and misses never read: with the
    // rules from before that session P 0.92, R 0.62, F1 0.74; after the changes from set 9 P 0.94, R 0.64, F1 0.76;
    // after the sanction and "urged X to halt" rules, which its writer's report named as its conventions (so no
    // longer blind for them), P 0.94, R 0.66, F1 0.78; with "to fight alongside X against Y" P 0.94, R 0.67, F1 0.78.
    { name: "the eleventh held-out articles", ...holdout(11), f1: 0.74, precision: 0.9 },
    // The fourth session of 2026-12-07 read the misses of our own articles and sets 1-9 again (joint exercises,
    // worsening ties, companions of a visitor, experts' fields, condemned ties, "To Lam"): own P 0.97, R 0.84,
    // F1 0.90; sets 1-9 F1 0.94, 0.85, 0.87, 0.83, 0.76, 0.87, 0.88, 0.90, 0.87; the unread sets 10 and 11
    // moved to P 0.90, R 0.69, F1 0.778 and P 0.94, R 0.68, F1 0.785.
    // The fifth session read them once more (attendance of a gathering, hosted delegations, hyphenated pairs,
    // "the group's" titles, companies, refusals, headline titles): own P 0.97, R 0.84, F1 0.899; sets 1-9 F1
    // 0.94, 0.88, 0.89, 0.83, 0.78, 0.88, 0.90 (0.897 after the review's fixes), 0.91, 0.87; still unread, set 10 P 0.91, R 0.69, F1 0.782 and
    // set 11 P 0.94, R 0.68, F1 0.785.
    // Set 12, written blind by a helper on 2026-12-07 (seventh session), scored once with the rules of that
    // moment before any change informed by it: P 0.85, R 0.56, F1 0.67 — the lowest first score since set 5.
    // Then read for changes (same session): P 0.88, R 0.62, F1 0.727.
    { name: "the twelfth held-out articles", ...holdout(12), f1: 0.69, precision: 0.85 },
    // Set 13, written blind by another helper during the same session, after the changes from set 12, its
    // texts and misses never read: P 0.905, R 0.623, F1 0.738 (with the rules from before the session
    // P 0.915, R 0.623, F1 0.741; the one relation that differs is a seized capital read as an attack).
    // Then read for changes (same session): P 0.92, R 0.70, F1 0.79.
    { name: "the thirteenth held-out articles", ...holdout(13), f1: 0.75, precision: 0.88 },
    // Set 14, written blind by a third helper late in the same session, texts and misses never read: with the
    // rules from before the session P 0.867, R 0.619, F1 0.722; after the changes from sets 12 and 13
    // P 0.872, R 0.646, F1 0.742.
    // Read on 2026-12-07 (eighth session) for changes: P 0.904, R 0.701, F1 0.789.
    { name: "the fourteenth held-out articles", ...holdout(14), f1: 0.75, precision: 0.87 },
    // Set 15, written blind by a helper in the eighth session while set 14 was read, scored once before it
    // was read: with the rules from before that session P 0.911, R 0.654, F1 0.761; after the changes from
    // set 14 P 0.918, R 0.647, F1 0.759 (one attack on Ukraine found only through a region as attacker is gone).
    // Read later that session: P 0.929, R 0.667, F1 0.776.
    { name: "the fifteenth held-out articles", ...holdout(15), f1: 0.74, precision: 0.9 },
    // Set 16, written blind by a helper while set 15 was read, scored once before it was read: with the rules
    // from before the eighth session P 0.878, R 0.659, F1 0.753; with that session's P 0.887, R 0.671, F1 0.764.
    // Read later that session: P 0.927, R 0.701, F1 0.799.
    { name: "the sixteenth held-out articles", ...holdout(16), f1: 0.76, precision: 0.89 },
    // Set 17, written blind by a helper while set 16 was read, scored once before it was read: P 0.888,
    // R 0.572, F1 0.696 — with the rules from before the eighth session and with that session's alike.
    // Read later that session: P 0.915, R 0.645, F1 0.756.
    { name: "the seventeenth held-out articles", ...holdout(17), f1: 0.72, precision: 0.88 },
    // Set 18, written blind by a helper late in that session, scored once before it was read: P 0.825,
    // R 0.519, F1 0.637 (with the rules from before the session P 0.827, R 0.526, F1 0.643: a joint strike's
    // two attackers were paired by "the Iran-backed group" later in the sentence, which no longer pairs them).
    // Read afterwards, that session: P 0.828, R 0.532, F1 0.648.
    { name: "the eighteenth held-out articles", ...holdout(18), f1: 0.61, precision: 0.8 },
    // Set 19, written blind by a helper while set 18 was read, scored once before it was read: P 0.884, R 0.547,
    // F1 0.676 (with the rules from before the session P 0.881, R 0.530, F1 0.662). Read at the end of that
    // session: F1 0.687.
    { name: "the nineteenth held-out articles", ...holdout(19), f1: 0.65, precision: 0.85 },
    // Set 20, written blind by a helper while set 19 was read, scored once: P 0.902, R 0.541, F1 0.676 — the
    // same with the rules from before the eighth session and with all of that session's. Read in the ninth
    // session: P 0.905, R 0.618, F1 0.734.
    { name: "the twentieth held-out articles", ...holdout(20), f1: 0.7, precision: 0.87 },
    // Sets 21 and 22, written blind by helpers in the ninth session, scored once before they were read: set 21
    // P 0.891, R 0.741, F1 0.809; set 22 P 0.925, R 0.735, F1 0.819 — the same with the rules from before the
    // session and with the ones read off set 20. Set 21 read later that session: P 0.902, R 0.832, F1 0.865;
    // set 22 read at its end: P 0.939, R 0.786, F1 0.856.
    { name: "the twenty-first held-out articles", ...holdout(21), f1: 0.83, precision: 0.87 },
    { name: "the twenty-second held-out articles", ...holdout(22), f1: 0.82, precision: 0.9 },
    // Sets 23 and 24, written blind by helpers late in the ninth session. Set 23 scored P 0.888, R 0.518, F1 0.654
    // with the rules from before the session and from set 21's reading, P 0.855, R 0.518, F1 0.645 after the
    // 'violates' rules; then read: P 0.880, R 0.533, F1 0.664. Set 24, never read: P 0.917, R 0.642, F1 0.755 with
    // the rules from before the session, P 0.918, R 0.650, F1 0.761 with all of its rules.
    { name: "the twenty-third held-out articles", ...holdout(23), f1: 0.62, precision: 0.84 },
    { name: "the twenty-fourth held-out articles", ...holdout(24), f1: 0.72, precision: 0.88 },
  ];

  it.each(SETS)("should keep precision and recall on $name (overall F1 >= $f1, precision >= $precision)", async ({ articles, gold, f1, precision }) => {
    const score = await scoreFolder(articles, gold);
    expect(score.overall.f1).toBeGreaterThanOrEqual(f1);
    expect(score.overall.precision).toBeGreaterThanOrEqual(precision);
    expect(score.statusAccuracy).toBeGreaterThanOrEqual(0.9);
  });
});

if (!available) {
  describe("extraction against gold annotations, scored by the shared scorer", () => {
    it.skip(`skipped: the shared gold scorer was not found at ${SCORER} (shared/ is expected beside the repository)`, () => undefined);
  });
}
