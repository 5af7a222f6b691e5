/**
 * Client benchmark: the explorer against a bare sigma page (default settings) on synthetic graphs of
 * 1k/3k, 10k/30k and 50k/150k nodes/edges, in headless Chromium with software WebGL (SwiftShader).
 * Reports time to first render and pan frames per second as a Markdown table, and writes
 * bench-results/client.json. Figures are relative: compare runs on the same machine only.
 *
 *   npm run build:client && node --import tsx test/bench/client-bench.ts [--sizes 1000x3000,10000x30000] [--pan-seconds 4]
 *
 * Both pages load the same payload (with stored positions, so no layout runs) from the same local
 * fixture API. Panning is a real mouse drag started on an empty area at the centre of the graph;
 * fps counts requestAnimationFrame callbacks during the drag (each sigma frame blocks one).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus } from "node:os";
import { fileURLToPath, pathToFileURL } from "node:url";

import type { Browser, Page } from "playwright-core";
import { build } from "vite";

import { compareKeys, RELATION_TYPE_NAMES, type EntityType, type GraphPayload, type RelationStatus } from "../../graph-schema/index.js";
import { launchChromium } from "../helpers/e2e-browser.js";
import { startFixtureServer } from "../helpers/e2e-fixture-server.js";
import { seededRandom } from "../../client/layout/positions.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
export const VIEWPORT = { width: 1280, height: 800 };

export interface Measure {
  firstRenderMs: number;
  panFps: number;
  /**
   * Longest animation frame (script, style, layout and paint of one frame: what a user feels as a
   * freeze) from the first render to the end of the pan; the layout runs then.
   */
  longestFrameMs: number;
}

/** Records the page's long animation frames (over 50 ms) from its first script on. */
const RECORD_LONG_FRAMES = `(() => {
  window.__longFrames = [];
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longFrames.push([e.startTime, e.duration]); })
    .observe({ type: "long-animation-frame", buffered: true });
})()`;

interface Row {
  nodes: number;
  edges: number;
  bare: Measure;
  explorer: Measure;
}

function argument(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

/**
 * Clusters on a ring around an empty centre (the drag starts there, on no node), edges mostly inside
 * clusters, every attribute of a real payload, in its order, all from a fixed seed.
 */
export function syntheticPayload(nodeCount: number, edgeCount: number, seed = 1): GraphPayload {
  const random = seededRandom(seed);
  const types: EntityType[] = ["Country", "Person", "Person", "Organization", "Location", "Group"];
  const statuses: RelationStatus[] = ["reported", "reported", "reported", "reported", "alleged", "planned", "denied"];
  const clusters = Math.max(8, Math.round(Math.sqrt(nodeCount) / 2));
  const clusterOf = (i: number) => i % clusters;
  const nodes: GraphPayload["nodes"] = [];
  for (let i = 0; i < nodeCount; i++) {
    const angle = (clusterOf(i) / clusters) * 2 * Math.PI;
    const spread = 0.12 * Math.sqrt(-2 * Math.log(random() + 1e-9));
    const theta = random() * 2 * Math.PI;
    nodes.push({
      key: `n${i}`,
      attributes: {
        label: `Entity ${i}`,
        entityType: types[Math.floor(random() * types.length)] ?? "Person",
        aliases: [],
        roles: [],
        mentionCount: 1 + Math.floor(random() * 5),
        x: Math.cos(angle) + spread * Math.cos(theta),
        y: Math.sin(angle) + spread * Math.sin(theta),
      },
    });
  }
  const edges: GraphPayload["edges"] = [];
  for (let i = 0; i < edgeCount; i++) {
    const source = Math.floor(random() * nodeCount);
    const sameCluster = random() < 0.85;
    let target = Math.floor(random() * nodeCount);
    if (sameCluster) target = (Math.floor(random() * Math.floor(nodeCount / clusters)) * clusters + clusterOf(source)) % nodeCount;
    if (target === source) target = (source + clusters) % nodeCount;
    const relationType = RELATION_TYPE_NAMES[Math.floor(random() * RELATION_TYPE_NAMES.length)] ?? "VISITED";
    const status = statuses[Math.floor(random() * statuses.length)] ?? "reported";
    const month = String(1 + Math.floor(random() * 12)).padStart(2, "0");
    const key = `${relationType}:n${source}:n${target}:${status}:${i}`;
    edges.push({
      key,
      source: `n${source}`,
      target: `n${target}`,
      attributes: {
        id: key,
        relationType,
        status,
        eventDate: random() < 0.6 ? `2024-${month}` : null,
        firstReported: `2024-${month}`,
        lastReported: `2024-${month}`,
        sourceCount: 1 + Math.floor(random() * random() * 6),
        outletCount: 1,
        evidenceCount: 1,
        articleIds: [],
        claimIds: [],
        deniedBy: [],
        allegedBy: [],
        confidence: 0.8,
      },
    });
  }
  // In key order, as the API sends them.
  nodes.sort((a, b) => compareKeys(a.key, b.key));
  edges.sort((a, b) => compareKeys(a.key ?? "", b.key ?? ""));
  return { attributes: {}, options: { type: "mixed", multi: true, allowSelfLoops: false }, nodes, edges };
}

/** The bare page: graphology + sigma with default settings, nothing else. */
async function buildBarePage(): Promise<string> {
  const src = `${ROOT}dist/bench/bare-src`;
  const out = `${ROOT}dist/bench/bare`;
  mkdirSync(src, { recursive: true });
  writeFileSync(
    `${src}/index.html`,
    `<!doctype html><html><head><meta charset="utf-8"><style>html,body,#c{margin:0;width:100%;height:100%;overflow:hidden;background:#fff}</style></head>` +
      `<body><div id="c"></div><script type="module" src="./main.ts"></script></body></html>`,
  );
  writeFileSync(
    `${src}/main.ts`,
    `import Graph from "graphology";
import Sigma from "sigma";
const payload = await (await fetch("/api/graph")).json();
const graph = new Graph({ multi: true, type: "mixed" });
graph.import(payload);
graph.forEachNode((node) => graph.setNodeAttribute(node, "size", 3));
new Sigma(graph, document.getElementById("c"));
performance.mark("newsgraph:first-render");
document.documentElement.dataset.state = "ready";
`,
  );
  await build({ root: src, base: "./", logLevel: "warn", build: { outDir: out, emptyOutDir: true, target: "es2022" } });
  return out;
}

/** Loads a page, reads its first-render mark, then pans with a real mouse drag and counts frames. */
export async function measurePage(page: Page, url: string, panSeconds: number, canvasSelector: string): Promise<Measure> {
  await page.addInitScript(RECORD_LONG_FRAMES);
  await page.goto(url, { timeout: 300_000 });
  await page.waitForFunction("['ready', 'error'].includes(document.documentElement.dataset.state)", null, { timeout: 300_000 });
  if ((await page.evaluate("document.documentElement.dataset.state")) === "error") throw new Error(`${url} could not load its graph`);
  const firstRenderMs = Number(await page.evaluate(`performance.getEntriesByName("newsgraph:first-render")[0]?.startTime ?? NaN`));
  await page.waitForTimeout(1000);

  const box = await page.locator(canvasSelector).boundingBox();
  if (!box) throw new Error(`No ${canvasSelector} on ${url}`);
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  await page.evaluate(`(() => {
    window.__frames = 0;
    window.__counting = true;
    const tick = () => { if (!window.__counting) return; window.__frames++; requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
  })()`);
  await page.mouse.move(cx, cy);
  await page.mouse.down();
  const start = Date.now();
  let step = 0;
  while (Date.now() - start < panSeconds * 1000) {
    step++;
    await page.mouse.move(cx + 60 * Math.sin(step / 8), cy + 40 * Math.cos(step / 8));
  }
  const elapsed = (Date.now() - start) / 1000;
  const frames = Number(await page.evaluate(`(() => { window.__counting = false; return window.__frames; })()`));
  await page.mouse.up();
  const longestFrameMs = Number(
    await page.evaluate(`Math.max(0, ...window.__longFrames.filter(([start]) => start >= ${firstRenderMs}).map(([, duration]) => duration))`),
  );
  return { firstRenderMs: Math.round(firstRenderMs), panFps: Math.round((frames / elapsed) * 10) / 10, longestFrameMs: Math.round(longestFrameMs) };
}

/**
 * Measures a page in a browser of its own, the median of three loads. Pages in a browser that had drawn
 * another large graph rendered up to 60% slower (bare sigma as much as the explorer), so each measure
 * starts from a fresh one; its first load, which also compiles SwiftShader's shaders and fills the
 * caches, warms it up and is not counted. `bypassCSP` lets the measuring script run under the server's
 * Content-Security-Policy.
 */
export async function measureInFreshBrowser(url: string, canvasSelector: string, panSeconds: number, bypassCSP = false): Promise<Measure & { renderer: string }> {
  const browser = await launchChromium();
  try {
    const warmUp = await browser.newPage({ viewport: VIEWPORT, bypassCSP });
    let renderer: string;
    try {
      await warmUp.goto(url, { timeout: 300_000 });
      await warmUp.waitForFunction("['ready', 'error'].includes(document.documentElement.dataset.state)", null, { timeout: 300_000 });
      renderer = String(
        await warmUp.evaluate(`(() => { const gl = document.createElement("canvas").getContext("webgl2"); const i = gl && gl.getExtension("WEBGL_debug_renderer_info"); return i ? gl.getParameter(i.UNMASKED_RENDERER_WEBGL) : "none"; })()`),
      );
      await warmUp.waitForTimeout(500);
    } finally {
      await warmUp.close();
    }
    const measure = await medianLoad(async () => {
      const page = await browser.newPage({ viewport: VIEWPORT, bypassCSP });
      try {
        return await measurePage(page, url, panSeconds, canvasSelector);
      } finally {
        await page.close();
      }
    });
    return { ...measure, renderer };
  } finally {
    await browser.close();
  }
}

/** Loads a page `loads` times in fresh tabs; the load with the median first render stands for them (one load is noise on a shared machine). */
export async function medianLoad(open: () => Promise<Measure>, loads = 3): Promise<Measure> {
  const runs: Measure[] = [];
  for (let i = 0; i < loads; i += 1) runs.push(await open());
  runs.sort((a, b) => a.firstRenderMs - b.firstRenderMs);
  return runs[Math.floor(runs.length / 2)] as Measure;
}

async function main(): Promise<void> {
  const sizes = (argument("sizes") ?? "1000x3000,10000x30000,50000x150000").split(",").map((pair) => {
    const [n, e] = pair.split("x").map(Number);
    if (!n || !e) throw new Error(`--sizes expects NODESxEDGES pairs, got "${pair}"`);
    return [n, e] as const;
  });
  const panSeconds = Number(argument("pan-seconds") ?? 4);
  const bareDir = await buildBarePage();
  const rows: Row[] = [];
  let renderer = "unknown";
  for (const [nodes, edges] of sizes) {
    const graphJson = JSON.stringify(syntheticPayload(nodes, edges));
    const server = await startFixtureServer({ staticDirs: { "/": `${ROOT}dist/client`, "/bare/": bareDir }, graphJson });
    try {
      const { renderer: bareRenderer, ...bare } = await measureInFreshBrowser(`${server.url}/bare/`, "#c", panSeconds);
      const { renderer: _explorerRenderer, ...explorer } = await measureInFreshBrowser(`${server.url}/`, "#graph", panSeconds);
      renderer = bareRenderer;
      rows.push({ nodes, edges, bare, explorer });
      process.stderr.write(`${nodes}/${edges}: bare ${JSON.stringify(bare)} explorer ${JSON.stringify(explorer)}\n`);
    } finally {
      await server.close();
    }
  }

  const table = [
    "| nodes / edges | first render, bare sigma | first render, explorer | pan fps, bare sigma | pan fps, explorer | fps ratio | longest frame after first render, explorer |",
    "|---|---|---|---|---|---|---|",
    ...rows.map(
      (r) =>
        `| ${r.nodes.toLocaleString("en-US")} / ${r.edges.toLocaleString("en-US")} | ${(r.bare.firstRenderMs / 1000).toFixed(2)} s | ${(r.explorer.firstRenderMs / 1000).toFixed(2)} s | ${r.bare.panFps} | ${r.explorer.panFps} | ${(r.explorer.panFps / Math.max(r.bare.panFps, 0.01)).toFixed(1)}× | ${r.explorer.longestFrameMs} ms |`,
    ),
  ].join("\n");
  process.stdout.write(`\nClient benchmark (${VIEWPORT.width}×${VIEWPORT.height}, ${renderer}, ${cpus().length} cores)\n\n${table}\n`);
  mkdirSync(`${ROOT}bench-results`, { recursive: true });
  writeFileSync(
    `${ROOT}bench-results/client.json`,
    `${JSON.stringify({ date: new Date().toISOString(), viewport: VIEWPORT, renderer, cores: cpus().length, panSeconds, rows }, null, 2)}\n`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
