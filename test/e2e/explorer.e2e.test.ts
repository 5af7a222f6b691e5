/**
 * The explorer's user journeys in headless Chromium (SwiftShader WebGL) against the real server and the
 * embedded Neo4j of the globalSetup, seeded from the shipped articles. Saves test-results/explorer.png.
 * Build first: `npm run build` (server + client). NEWSGRAPH_E2E_FIXTURE=1 uses the fixture API instead.
 */
import { mkdirSync } from "node:fs";

import type { Browser, Page } from "playwright-core";

import type { GraphPayload } from "../../graph-schema/index.js";
import { launchChromium } from "../helpers/e2e-browser.js";
import { buildFixtureDataset } from "../helpers/e2e-fixture-data.js";
import { startFixtureServer, type FixtureServer } from "../helpers/e2e-fixture-server.js";
import { countsChangedFrom, inkRatio, openExplorer, shownCounts, waitUntilReady } from "../helpers/e2e-page.js";
import { REPO_ROOT, startExplorerServer, type ExplorerServer } from "../helpers/e2e-server.js";
import { syntheticPayload } from "../bench/client-bench.js";

const VIEWPORT = { width: 1280, height: 800 };
const details = (page: Page) => page.getByRole("complementary", { name: "Details" });

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

describe("explorer journeys", () => {
  let server: ExplorerServer;
  let page: Page;
  let pageErrors: string[];

  beforeAll(async () => {
    server = await startExplorerServer();
  }, 180_000);

  afterAll(async () => {
    await server?.stop();
  });

  beforeEach(async () => {
    page = await browser.newPage({ viewport: VIEWPORT });
    pageErrors = [];
    page.on("pageerror", (error) => pageErrors.push(error.message));
  });

  afterEach(async () => {
    await page.close();
    expect(pageErrors).toEqual([]);
  });

  it("should draw the graph on the canvas with WebGL", async () => {
    await openExplorer(page, server.url);
    const renderer = await page.evaluate(`(() => {
      const gl = document.createElement("canvas").getContext("webgl2");
      const info = gl && gl.getExtension("WEBGL_debug_renderer_info");
      return info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : "none";
    })()`);
    expect(String(renderer)).toMatch(/SwiftShader/i);
    const counts = await shownCounts(page);
    expect(counts.nodes).toBeGreaterThan(5);
    expect(counts.edges).toBeGreaterThan(5);
    expect(await inkRatio(page)).toBeGreaterThan(0.01);
  });

  it("when searching Shoigu, then he is selected and his visit to North Korea shows with its evidence", async () => {
    await openExplorer(page, server.url);
    const search = page.getByRole("combobox", { name: "Search entities" });
    await search.fill("Shoigu");
    await page.getByRole("option", { name: /Sergei Shoigu/ }).first().waitFor();
    await search.press("Enter");

    const panel = details(page);
    await panel.getByRole("heading", { name: "Sergei Shoigu" }).waitFor();
    const visited = panel.locator("section.group", { has: page.getByRole("heading", { name: /visited/ }) });
    const visit = visited.locator("li.relation", { has: page.getByRole("button", { name: "North Korea", exact: true }) });
    await visit.first().waitFor({ timeout: 15_000 });
    const sentence = (await visit.first().locator("blockquote").first().textContent()) ?? "";
    expect(sentence).toMatch(/Shoigu/);
    expect(page.url()).toContain("node=sergei-shoigu");

    await page.waitForTimeout(700); // camera animation
    mkdirSync(`${REPO_ROOT}test-results`, { recursive: true });
    await page.screenshot({ path: `${REPO_ROOT}test-results/explorer.png` });
  });

  it("when filtering to DENIES only, then fewer edges are shown", async () => {
    await openExplorer(page, server.url);
    const before = await shownCounts(page);
    const relations = page.getByRole("complementary", { name: "Filters" });
    await relations.getByRole("button", { name: "None" }).click();
    const none = await countsChangedFrom(page, before);
    expect(none.edges).toBe(0);
    await relations.getByRole("checkbox", { name: /^denies/ }).check();
    const denies = await countsChangedFrom(page, none);
    expect(denies.edges).toBeGreaterThan(0);
    expect(denies.edges).toBeLessThan(before.edges);
    expect(page.url()).toContain("types=DENIES");
  });

  it("when the time window ends early, then edges outside it are hidden", async () => {
    await openExplorer(page, server.url);
    await page.getByRole("radio", { name: "Report date" }).check();
    const before = await shownCounts(page);
    const to = page.getByRole("slider", { name: "To month" });
    await to.focus();
    await to.press("Home");
    const after = await countsChangedFrom(page, before);
    expect(after.edges).toBeLessThan(before.edges);
    expect(page.url()).toMatch(/[?&]to=\d{4}-\d{2}/);
  });

  it("when opening a shared URL, then filters, time window and selection are restored", async () => {
    await openExplorer(page, `${server.url}/?types=DENIES,VISITED,ACCUSES&clock=report&node=sergei-shoigu`);
    const filters = page.getByRole("complementary", { name: "Filters" });
    expect(await filters.getByRole("checkbox", { name: /^denies/ }).isChecked()).toBe(true);
    expect(await filters.getByRole("checkbox", { name: /^represents/ }).isChecked()).toBe(false);
    expect(await page.getByRole("radio", { name: "Report date" }).isChecked()).toBe(true);
    await details(page).getByRole("heading", { name: "Sergei Shoigu" }).waitFor();

    const restored = await shownCounts(page);
    await openExplorer(page, server.url);
    const all = await shownCounts(page);
    expect(restored.edges).toBeLessThan(all.edges);
  });

  it("when the API cannot be reached, then a friendly message offers a retry", async () => {
    await page.route("**/api/**", (route) => route.abort());
    await page.goto(server.url);
    const alert = page.getByRole("alert");
    await alert.getByText(/Cannot reach the newsgraph API/).waitFor();
    await page.unroute("**/api/**");
    await alert.getByRole("button", { name: "Retry" }).click();
    await waitUntilReady(page);
  });
});

describe("explorer safety", () => {
  const evil = `<img src=x onerror="window.__xss=1">`;
  const text = `Evil news\n\n${evil} mengunjungi Korea Utara. <script>window.__xss=2</script> Pyongyang membantah.`;
  let fixture: FixtureServer;

  beforeAll(async () => {
    const dataset = buildFixtureDataset(
      {
        articles: [
          {
            file: "evil.txt",
            language: "id",
            date: "2024-05",
            entities: [
              { name: `Agent ${evil}`, type: "Person", aliases: [evil] },
              { name: "North Korea", type: "Country", aliases: ["Korea Utara", "Pyongyang"] },
            ],
            relations: [
              { type: "VISITED", source: `Agent ${evil}`, target: "North Korea", status: "reported", date: "2024-05", evidence: `${evil} mengunjungi Korea Utara.` },
            ],
          },
        ],
      },
      new Map([["evil.txt", text]]),
    );
    fixture = await startFixtureServer({ staticDirs: { "/": `${REPO_ROOT}dist/client` }, dataset });
  });

  afterAll(async () => {
    await fixture?.close();
  });

  it("should keep markup in names, evidence and articles inert", async () => {
    const page = await browser.newPage({ viewport: VIEWPORT });
    try {
      await openExplorer(page, fixture.url);
      const search = page.getByRole("combobox", { name: "Search entities" });
      await search.fill("Agent");
      await page.getByRole("option").first().waitFor();
      await search.press("Enter");
      const panel = details(page);
      await panel.locator("blockquote").first().waitFor();
      expect(await panel.locator("h2").first().textContent()).toContain("<img src=x");
      await panel.locator(".source button").first().click();
      const reader = page.getByRole("dialog", { name: "Article" });
      await reader.locator("mark.current").waitFor();
      expect(await reader.locator(".article-text").textContent()).toContain("<script>window.__xss=2</script>");
      expect(await page.locator("img[src=x], .details script, .reader script").count()).toBe(0);
      expect(await page.evaluate("window.__xss")).toBeUndefined();
    } finally {
      await page.close();
    }
  });
});

/** The built explorer against the fixture API serving this graph, for the enclosing describe block. */
function serveExplorerWith(payload: GraphPayload): { url: () => string } {
  let fixture: FixtureServer | undefined;
  beforeAll(async () => {
    fixture = await startFixtureServer({ staticDirs: { "/": `${REPO_ROOT}dist/client` }, graphJson: JSON.stringify(payload) });
  });
  afterAll(async () => {
    await fixture?.close();
  });
  return {
    url: () => {
      if (!fixture) throw new Error("the fixture server has not started");
      return fixture.url;
    },
  };
}

describe("explorer on a graph with many countries", () => {
  const payload = syntheticPayload(900, 2700);
  const countries = payload.nodes.filter((node) => node.attributes?.entityType === "Country");
  const degree = new Map<string, number>();
  for (const edge of payload.edges) for (const end of [edge.source, edge.target]) degree.set(end, (degree.get(end) ?? 0) + 1);
  const leastInvolved = [...countries].sort((a, b) => (degree.get(a.key) ?? 0) - (degree.get(b.key) ?? 0))[0];
  const fixture = serveExplorerWith(payload);

  it("when there are too many countries to list, then the most involved are listed and typing finds the others", async () => {
    expect(countries.length).toBeGreaterThan(100);
    const page = await browser.newPage({ viewport: VIEWPORT });
    try {
      await openExplorer(page, fixture.url());
      const list = page.getByRole("group", { name: "Involving countries" });
      await expect(list.getByRole("checkbox").count()).resolves.toBe(60);
      await expect(page.getByText(`of ${countries.length}: type to find the others`).isVisible()).resolves.toBe(true);
      const name = leastInvolved?.attributes?.label ?? "";
      await expect(list.getByText(name, { exact: true }).count()).resolves.toBe(0);

      await page.getByRole("searchbox", { name: "Find a country" }).fill(name);
      await list.getByText(name, { exact: true }).waitFor();
      const before = await shownCounts(page);
      await list.locator("label").filter({ has: page.getByText(name, { exact: true }) }).getByRole("checkbox").check();
      const after = await countsChangedFrom(page, before);
      expect(after.edges).toBeLessThan(before.edges);

      await page.getByRole("searchbox", { name: "Find a country" }).fill("");
      await expect(list.getByRole("checkbox").count()).resolves.toBe(60);
      await expect(list.getByText(name, { exact: true }).count()).resolves.toBe(1);
    } finally {
      await page.close();
    }
  });
});

describe("explorer on a graph large enough for level of detail", () => {
  // Few nodes for many edges: edges then make most of the picture.
  const payload = syntheticPayload(300, 16000, 7);
  const fixture = serveExplorerWith(payload);

  it("when a layout is stopped, then the edges it hid while moving are drawn again", async () => {
    const page = await browser.newPage({ viewport: VIEWPORT });
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    try {
      await openExplorer(page, fixture.url());
      const layoutButton = page.getByRole("button", { name: /(Run|Stop) layout/ });
      await page.getByRole("button", { name: "Run layout" }).waitFor({ timeout: 30_000 });
      await page.waitForTimeout(1000);
      const still = await inkRatio(page);

      await layoutButton.click();
      await page.getByRole("button", { name: "Stop layout" }).waitFor();
      await page.waitForTimeout(1000);
      const moving = await inkRatio(page);
      await layoutButton.click();
      await page.getByRole("button", { name: "Run layout" }).waitFor();
      // Overlap removal still moves the nodes for up to a few seconds, then the edges appear.
      let after = moving;
      for (let wait = 0; wait < 12 && after < moving * 2; wait++) {
        await page.waitForTimeout(1000);
        after = await inkRatio(page);
      }

      expect(moving).toBeLessThan(still * 0.5);
      expect(after).toBeGreaterThan(moving * 2);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
