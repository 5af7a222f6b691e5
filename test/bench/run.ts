/**
 * `npm run bench`: extraction, import, API latency, export per format and the explorer's first render
 * and pan fps, at three sizes — the seeded graph, a 10,000-article and a 100,000-article synthetic
 * corpus (generated and imported once under .bench/, reused by later runs) — then the export benchmark
 * on a 10k/30k subgraph and the client benchmark against bare sigma. Writes bench-results/bench.md and
 * bench.json. BENCH_SIZES=1000,10000 picks other synthetic sizes; BENCH_SECONDS sets the seconds per
 * endpoint; BENCH_SKIP=client,export-synthetic skips parts.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

import { RELATION_TYPE_NAMES } from "../../graph-schema/index.js";
import { createDriver } from "../../server/neo4j/driver.js";
import { completeEvidenceDigests } from "../../import/load/evidence-digest.js";
import { applySchema } from "../../server/neo4j/apply-schema.js";
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from "../../server/neo4j/embedded.js";
import { projectPath, SEED_ARTICLES_DIR } from "../../import/paths.js";
import { benchEndpoint, pickTargets, startBenchServer, type EndpointFigures } from "./api-bench.js";
import { benchExtraction, benchImport, benchNeo4jSettings, type BulkImportFigures, type ExtractionFigures, type ImportFigures } from "./corpus-bench.js";
import type { Measure } from "./client-bench.js";
import { markdownTable } from "./measure.js";
import { loadRun, type LoadFigures } from "./load-bench.js";
import { benchExplorer, benchExports, type ExportTiming } from "./served-bench.js";
import { ensureCorpus } from "./synthetic-corpus.js";

interface SizeReport {
  size: string;
  articles: number;
  extraction: ExtractionFigures;
  import: ImportFigures;
  bulkImport: BulkImportFigures | null;
  graph: { entities: number; relations: number; evidence: number };
  api: EndpointFigures[];
  /** Export timings per exported scope. */
  exports: { scope: string; timings: ExportTiming[] }[];
  explorer: Measure | null;
  explorerError: string | null;
  load: LoadFigures | null;
}

const benchDir = projectPath(".bench");
const resultsDir = projectPath("bench-results");
const sizes = (process.env.BENCH_SIZES ?? "10000,100000").split(",").map((s) => Number.parseInt(s, 10));
const seconds = Number.parseInt(process.env.BENCH_SECONDS ?? "10", 10);
const WHOLE_GRAPH_EXPORT_MAX = 50_000;
/** Relations of the subgraph exported from a corpus whose whole graph is too large: as in the in-process export benchmark. */
const EGO_EXPORT_TARGET = 30_000;

/**
 * Beyond WHOLE_GRAPH_EXPORT_MAX relations the whole graph is no report anyone exports (the server
 * refuses it): an analyst exports the ego network of an entity, narrowed by relation type until it
 * fits. This picks the ego network (depth 1) of the API benchmark's entity, or its largest one-type
 * view of at most EGO_EXPORT_TARGET relations, counting each with `limit=1` (totalRelations).
 */
async function egoExportScope(url: string, around: string): Promise<{ label: string; query: string }> {
  const ego = `&around=${encodeURIComponent(around)}&depth=1`;
  const count = (query: string) => totalRelations(url, query);
  const all = await count(ego);
  const whole = { label: `ego network (depth 1) of ${around}, ${all} relations`, query: ego };
  if (all <= EGO_EXPORT_TARGET) return whole;
  let best: { type: string; relations: number } | null = null;
  for (const type of RELATION_TYPE_NAMES) {
    const relations = await count(`${ego}&types=${type}`);
    if (relations <= EGO_EXPORT_TARGET && relations > (best?.relations ?? 0)) best = { type, relations };
  }
  if (!best) return whole;
  return { label: `ego network (depth 1) of ${around}, ${best.type} only, ${best.relations} relations`, query: `${ego}&types=${best.type}` };
}

/**
 * The export target's own size where the whole graph exceeds it: the view an analyst gets by
 * unticking relation types, dropping each time the type that leaves the fewest relations still at
 * least EGO_EXPORT_TARGET. Null when no type can go.
 */
async function targetSizeScope(url: string): Promise<{ label: string; query: string } | null> {
  const count = (types: readonly string[]) => totalRelations(url, `&types=${types.join(",")}`);
  let kept: readonly string[] = RELATION_TYPE_NAMES;
  let relations = await count(kept);
  for (;;) {
    let best: { kept: string[]; relations: number } | null = null;
    for (const type of kept) {
      const rest = kept.filter((t) => t !== type);
      const n = rest.length > 0 ? await count(rest) : 0;
      if (n >= EGO_EXPORT_TARGET && n < (best?.relations ?? relations)) best = { kept: rest, relations: n };
    }
    if (!best) break;
    ({ kept, relations } = best);
  }
  if (kept.length === RELATION_TYPE_NAMES.length) return null;
  const left = RELATION_TYPE_NAMES.filter((t) => !kept.includes(t));
  return { label: `view without ${left.join(", ")}, ${relations} relations`, query: `&types=${kept.join(",")}` };
}

/** A view's relation count, read with `limit=1` (totalRelations). */
async function totalRelations(url: string, query: string): Promise<number> {
  const res = await fetch(`${url}/api/graph?limit=1${query}`);
  return ((await res.json()) as { attributes: { totalRelations: number } }).attributes.totalRelations;
}

const skipped = new Set((process.env.BENCH_SKIP ?? "").split(",").filter(Boolean));
const CONNECTIONS = 50;
const LOAD = { connections: 100, seconds: Number.parseInt(process.env.BENCH_LOAD_SECONDS ?? "60", 10), warmUpSeconds: 15 };

async function startNeo4j(name: string): Promise<EmbeddedNeo4j> {
  const started = await startEmbeddedNeo4j(await benchNeo4jSettings(join(benchDir, "neo4j", name)));
  if (!started.ok) throw new Error(started.error.message);
  return started.value;
}

async function benchSize(name: string, folder: string, withExplorer: boolean): Promise<SizeReport> {
  console.error(`bench: ${name}: extraction`);
  const extraction = await benchExtraction(folder);
  // Every run: a first load of the corpus into a new database, through neo4j-admin import (in a child
  // process: its gigabyte of garbage in this one slowed the load generator of the API figures).
  let bulk: BulkImportFigures | null = null;
  if (!skipped.has("bulk")) {
    console.error(`bench: ${name}: bulk import`);
    bulk = JSON.parse(runScript("bulk-bench.ts", [folder, join(benchDir, "bulk", name)])) as BulkImportFigures;
  }
  const neo4j = await startNeo4j(name);
  const driver = createDriver({ kind: "embedded", uri: neo4j.uri, username: "", password: "", database: "neo4j" });
  try {
    await applySchema(driver, "neo4j");
    await completeEvidenceDigests(driver, "neo4j");
    const importMarker = join(benchDir, "neo4j", name, "import.json");
    let imported: ImportFigures;
    if (existsSync(importMarker)) {
      imported = JSON.parse(readFileSync(importMarker, "utf8")) as ImportFigures;
      console.error(`bench: ${name}: reusing the graph imported earlier`);
    } else {
      console.error(`bench: ${name}: import`);
      imported = await benchImport(driver, folder);
      writeFileSync(importMarker, JSON.stringify(imported));
    }
    const counts = await driver.executeQuery(
      "CALL { MATCH (e:Entity) RETURN count(e) AS entities } CALL { MATCH ()-[r]->() WHERE r.evidenceCount IS NOT NULL RETURN count(r) AS relations } CALL { MATCH (v:Evidence) RETURN count(v) AS evidence } RETURN entities, relations, evidence",
    );
    const c = counts.records[0]!;
    console.error(`bench: ${name}: API`);
    const server = await startBenchServer(neo4j.uri);
    const api: EndpointFigures[] = [];
    const exports: SizeReport["exports"] = [];
    let explorer: Measure | null = null;
    let explorerError: string | null = null;
    const relationCount = Number(c.get("relations"));
    let load: LoadFigures | null = null;
    try {
      const picked = await pickTargets(server.url);
      const around = new URL(picked[0]?.path ?? "/", server.url).searchParams.get("around");
      const scope = relationCount > WHOLE_GRAPH_EXPORT_MAX && around ? await egoExportScope(server.url, around) : { label: "whole graph", query: "" };
      // Where the whole graph is too large to export, so is the benchmark entity's ego network (the
      // server answers 413): the API benchmark then exports the narrowed scope the export timing uses.
      const targets = scope.query ? picked.map((t) => (t.path.startsWith("/api/export") ? { ...t, path: `/api/export?format=json${scope.query}` } : t)) : picked;
      for (const target of targets) {
        api.push(await benchEndpoint(server.url, target, CONNECTIONS, seconds));
      }
      if (!skipped.has("load")) {
        console.error(`bench: ${name}: load, ${LOAD.connections} clients for ${LOAD.seconds} s`);
        const reads = targets.filter((t) => !t.path.startsWith("/api/export") && t.path !== "/api/graph");
        load = await loadRun(server.url, server.run.child.pid, Number(new URL(neo4j.uri).port), reads, LOAD);
      }
      const targetScope = scope.query === "" && relationCount > EGO_EXPORT_TARGET ? await targetSizeScope(server.url) : null;
      for (const exported of [scope, ...(targetScope ? [targetScope] : [])]) {
        console.error(`bench: ${name}: export of the ${exported.label} per format`);
        exports.push({ scope: exported.label, timings: await benchExports(server.url, server.run.child.pid, exported.query) });
      }
      if (withExplorer) {
        console.error(`bench: ${name}: explorer in Chromium`);
        try {
          explorer = await benchExplorer(server.url);
        } catch (cause) {
          explorerError = cause instanceof Error ? cause.message.split("\n")[0] ?? "failed" : String(cause);
          console.error(`bench: ${name}: the explorer did not load: ${explorerError}`);
        }
      }
    } finally {
      server.run.child.kill("SIGTERM");
      await server.run.exited;
    }
    return {
      size: name,
      articles: extraction.articles,
      extraction,
      import: imported,
      bulkImport: bulk,
      graph: { entities: Number(c.get("entities")), relations: Number(c.get("relations")), evidence: Number(c.get("evidence")) },
      api,
      exports,
      explorer,
      explorerError,
      load,
    };
  } finally {
    await driver.close();
    await neo4j.stop();
  }
}

function render(reports: SizeReport[]): string {
  const out: string[] = [`# newsgraph benchmark — ${new Date().toISOString()}`, "", `Machine: ${process.platform} ${process.arch}, Node ${process.version}; ${CONNECTIONS} concurrent clients, ${seconds} s per endpoint.`, ""];
  out.push("## Extraction and import", "");
  out.push(
    markdownTable(
      ["corpus", "articles", "extraction articles/s, one thread", "extraction articles/s, worker threads", "extraction peak RSS MB", "import relations/s", "import s", "entities", "relations", "evidence"],
      reports.map((r) => [
        r.size, r.articles, r.extraction.articlesPerSecond, `${r.extraction.threads.articlesPerSecond} (${r.extraction.threads.count} threads)`,
        Math.max(r.extraction.peakRssMb, r.extraction.threads.peakRssMb), r.import.relationsPerSecond, r.import.seconds, r.graph.entities, r.graph.relations, r.graph.evidence,
      ]),
    ),
  );
  out.push("", "### First load with `import --bulk` (a new database built by neo4j-admin import; extraction included)", "");
  out.push(
    markdownTable(
      ["corpus", "relations/s", "total s", "reading + extraction + CSV s", "neo4j-admin import s", "start + schema + stop s", "peak RSS MB"],
      reports.flatMap((r) =>
        r.bulkImport
          ? [[r.size, r.bulkImport.relationsPerSecond, r.bulkImport.seconds, r.bulkImport.phases.extract, r.bulkImport.phases.store, r.bulkImport.phases.schema, r.bulkImport.peakRssMb]]
          : [],
      ),
    ),
  );
  out.push("", "## API latency (ms) and throughput", "");
  const rows: (string | number)[][] = [];
  for (const r of reports) for (const e of r.api) rows.push([r.size, e.endpoint, e.firstMs, e.p50, e.p90, e.p97_5, e.p99, e.requestsPerSecond, e.errors, e.non2xx]);
  out.push(markdownTable(["corpus", "endpoint", "first (uncached)", "p50", "p90", "p97.5", "p99", "req/s", "errors", "non-2xx"], rows));
  out.push(
    "",
    "\"first\" is the endpoint's first request (nothing cached, query plans cold); the percentiles are the repeated request under load, mostly served by the read cache (which checks the graph-state token, read at most every 250 ms). p97.5 is autocannon's nearest percentile above p95 (an upper bound for it).",
    "",
  );
  out.push("## Export over HTTP (ms, best / median of 3; each run bypasses the read cache)", "");
  const formats = reports[0]?.exports[0]?.timings.map((e) => e.format) ?? [];
  out.push(
    markdownTable(
      ["corpus", "exported", ...formats, "largest file MB", "server peak RSS MB"],
      reports.flatMap((r) =>
        r.exports.map(({ scope, timings }) => [
          r.size,
          scope,
          ...formats.map((f) => {
            const e = timings.find((x) => x.format === f);
            if (!e) return "–";
            return e.error ? `failed: ${e.error}` : `${e.bestMs} / ${e.medianMs}`;
          }),
          Math.max(0, ...timings.map((e) => e.megabytes)),
          Math.max(0, ...timings.map((e) => e.serverPeakRssMb ?? 0)),
        ]),
      ),
    ),
  );
  out.push("", `## Load: ${LOAD.connections} concurrent clients for ${LOAD.seconds} s, mixed over the read endpoints`, "");
  out.push(
    markdownTable(
      ["corpus", "requests", "req/s", "errors", "non-2xx", "p50 ms", "p99 ms", `server RSS MB after ${LOAD.warmUpSeconds} s warm-up`, "at end", "max", "Bolt connections (max) / pool"],
      reports
        .filter((r) => r.load)
        .map((r) => {
          const l = r.load as LoadFigures;
          return [r.size, l.requests, l.requestsPerSecond, l.errors, l.non2xx, l.p50, l.p99, l.rssAfterWarmUpMb ?? "–", l.rssAtEndMb ?? "–", l.rssMaxMb ?? "–", `${l.maxBoltConnections} / ${l.poolSize}`];
        }),
    ),
  );
  out.push("", "## Explorer on the served graph (headless Chromium, software WebGL, layout included)", "");
  out.push(
    markdownTable(
      ["corpus", "entities", "relations", "first render s (median of 3 loads after a warm-up load)", "pan fps", "longest frame after first render, layout running (ms)"],
      reports.map((r) => [r.size, r.graph.entities, r.graph.relations, r.explorer ? (r.explorer.firstRenderMs / 1000).toFixed(2) : (r.explorerError ? `failed: ${r.explorerError}` : "skipped"), r.explorer?.panFps ?? "–", r.explorer?.longestFrameMs ?? "–"]),
    ),
  );
  out.push("");
  return out.join("\n");
}

/** Runs one of the standalone benchmark scripts and returns the Markdown it prints. */
function runScript(script: string, args: string[]): string {
  return execFileSync(process.execPath, ["--import", "tsx", join("test", "bench", script), ...args], {
    cwd: projectPath(),
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
    maxBuffer: 16 * 1024 * 1024,
  });
}

async function main(): Promise<void> {
  mkdirSync(benchDir, { recursive: true });
  mkdirSync(resultsDir, { recursive: true });
  const withExplorer = !skipped.has("client");
  const reports: SizeReport[] = [];
  reports.push(await benchSize("seeded", SEED_ARTICLES_DIR(), withExplorer));
  for (const size of sizes) {
    console.error(`bench: generating a ${size}-article corpus (once)`);
    reports.push(await benchSize(`synthetic-${size}`, ensureCorpus(join(benchDir, "corpora"), size), withExplorer));
  }
  writeFileSync(join(resultsDir, "bench.json"), JSON.stringify({ at: new Date().toISOString(), reports }, null, 2));
  let markdown = render(reports);
  if (!skipped.has("export-synthetic")) {
    console.error("bench: export benchmark on a synthetic 10k/30k subgraph");
    markdown += `\n## Export of a 10,000-entity / 30,000-relation subgraph (in process, per format)\n\n${runScript("export-bench.ts", [])}`;
  }
  if (!skipped.has("client")) {
    console.error("bench: client benchmark against bare sigma");
    markdown += `\n## Explorer against bare sigma on synthetic graphs\n${runScript("client-bench.ts", [])}`;
  }
  writeFileSync(join(resultsDir, "bench.md"), markdown);
  console.log(markdown);
}

await main();
