/**
 * The Export menu's journeys in headless Chromium against the real server and the embedded Neo4j of the
 * globalSetup, seeded from the shipped articles: JSON of the current view (a graphology graph with the
 * status line's node count), PNG drawn in the browser (large, not blank), and the HTML report (title and
 * citations). Saves test-results/export.png (the PNG export). Build first: `npm run build:client && npm run build:server`.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";

import { MultiGraph } from "graphology";
import type { SerializedGraph } from "graphology-types";
import type { Browser, Page } from "playwright-core";

import { launchChromium } from "../helpers/e2e-browser.js";
import { openExplorer, shownCounts } from "../helpers/e2e-page.js";
import { REPO_ROOT, startExplorerServer, type ExplorerServer } from "../helpers/e2e-server.js";

const VIEWPORT = { width: 1280, height: 800 };

let browser: Browser;
let server: ExplorerServer;
let page: Page;
let pageErrors: string[];

beforeAll(async () => {
  browser = await launchChromium();
  server = await startExplorerServer();
}, 180_000);

afterAll(async () => {
  await server?.stop();
  await browser?.close();
});

beforeEach(async () => {
  page = await browser.newPage({ viewport: VIEWPORT, acceptDownloads: true });
  pageErrors = [];
  page.on("pageerror", (error) => pageErrors.push(error.message));
});

afterEach(async () => {
  await page.close();
  expect(pageErrors).toEqual([]);
});

const exportMenu = (p: Page) => p.getByRole("dialog", { name: "Export" });

/** Opens the menu, picks a format (and a title), clicks Download and returns the file. */
async function download(p: Page, format: string, title?: string): Promise<{ name: string; body: Buffer }> {
  await p.getByRole("button", { name: "Export" }).click();
  const menu = exportMenu(p);
  await menu.waitFor();
  await menu.getByRole("radio", { name: format, exact: true }).check();
  if (title !== undefined) await menu.getByLabel("Title").fill(title);
  const [file] = await Promise.all([p.waitForEvent("download", { timeout: 60_000 }), menu.getByRole("button", { name: "Download" }).click()]);
  const path = await file.path();
  await menu.getByRole("status").filter({ hasText: /^Downloaded/ }).waitFor();
  return { name: file.suggestedFilename(), body: readFileSync(path) };
}

describe("Export menu", () => {
  it("when exporting the current view as JSON, then the file is a graphology graph with the nodes on screen", async () => {
    await openExplorer(page, server.url);
    const counts = await shownCounts(page);
    const { name, body } = await download(page, "JSON");
    expect(name).toMatch(/^newsgraph-view-\d{4}-\d{2}-\d{2}\.json$/);
    const graph = MultiGraph.from(JSON.parse(body.toString("utf8")) as SerializedGraph);
    expect(graph.order).toBe(counts.nodes);
    expect(graph.size).toBe(counts.edges);
  });

  it("when filters narrow the view, then the JSON export holds the narrowed view", async () => {
    await openExplorer(page, `${server.url}/?types=DENIES,ACCUSES`);
    const counts = await shownCounts(page);
    const { body } = await download(page, "JSON");
    const graph = MultiGraph.from(JSON.parse(body.toString("utf8")) as SerializedGraph);
    expect(graph.order).toBe(counts.nodes);
    expect(graph.size).toBe(counts.edges);
    graph.forEachEdge((_edge, attributes) => expect(["DENIES", "ACCUSES"]).toContain(attributes["relationType"]));
  });

  it("when exporting PNG, then a large picture with the legend drawn in downloads", async () => {
    await openExplorer(page, server.url);
    const { name, body } = await download(page, "PNG");
    expect(name).toMatch(/\.png$/);
    expect(body.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe(true);
    const width = body.readUInt32BE(16);
    const height = body.readUInt32BE(20);
    expect(width).toBeGreaterThanOrEqual(2000);
    expect(height).toBeGreaterThan(1000);
    expect(body.length).toBeGreaterThan(50_000);
    mkdirSync(`${REPO_ROOT}test-results`, { recursive: true });
    writeFileSync(`${REPO_ROOT}test-results/export.png`, body);

    // Decoded by the browser: many distinct colours, and ink in the graph and in the legend strip.
    const stats = JSON.parse(
      String(
        await page.evaluate(`(async () => {
          const image = new Image();
          image.src = "data:image/png;base64,${body.toString("base64")}";
          await image.decode();
          const canvas = document.createElement("canvas");
          canvas.width = 600;
          canvas.height = Math.round(600 * image.height / image.width);
          const context = canvas.getContext("2d");
          context.drawImage(image, 0, 0, canvas.width, canvas.height);
          const data = context.getImageData(0, 0, canvas.width, canvas.height).data;
          const colours = new Set();
          let ink = 0, legendInk = 0;
          const legendTop = Math.floor(canvas.height * 0.85);
          for (let i = 0; i < data.length; i += 4) {
            colours.add((data[i] >> 4) + "," + (data[i + 1] >> 4) + "," + (data[i + 2] >> 4));
            const dark = data[i] + data[i + 1] + data[i + 2] < 600;
            if (dark) ink++;
            if (dark && i / 4 / canvas.width >= legendTop) legendInk++;
          }
          return JSON.stringify({ colours: colours.size, ink: ink / (data.length / 4), legendInk });
        })()`),
      ),
    ) as { colours: number; ink: number; legendInk: number };
    expect(stats.colours).toBeGreaterThan(20);
    expect(stats.ink).toBeGreaterThan(0.01);
    expect(stats.legendInk).toBeGreaterThan(50);
  });

  it("when exporting the HTML report with a title, then the report carries the title and its citations", async () => {
    await openExplorer(page, server.url);
    const title = "Who supplies weapons to Russia — e2e report";
    const { name, body } = await download(page, "HTML report", title);
    expect(name).toMatch(/\.html$/);
    const html = body.toString("utf8");
    expect(html).toContain(`<title>${title}</title>`);
    expect(html).toContain(`<h1>${title}</h1>`);
    expect(html).toMatch(/<cite>[^<]+\[\d+\]/);
    expect(html).not.toMatch(/<script/i);
  });
});
