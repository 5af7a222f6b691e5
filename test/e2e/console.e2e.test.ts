/**
 * The Cypher console's journeys in headless Chromium against the real server and the embedded Neo4j of
 * the globalSetup, seeded from the shipped articles: a typed query run with Ctrl+Enter (table, then
 * "Replace view"), an example query, a refused write, a syntax error, and a shared link.
 * Saves test-results/console.png. Build first: `npm run build:client && npm run build:server`.
 */
import { mkdirSync } from "node:fs";

import type { Browser, Locator, Page } from "playwright-core";

import { launchChromium } from "../helpers/e2e-browser.js";
import { countsChangedFrom, openExplorer, shownCounts } from "../helpers/e2e-page.js";
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
  page = await browser.newPage({ viewport: VIEWPORT });
  pageErrors = [];
  page.on("pageerror", (error) => pageErrors.push(error.message));
});

afterEach(async () => {
  await page.close();
  expect(pageErrors).toEqual([]);
});

const consolePanel = (p: Page) => p.getByRole("region", { name: "Cypher" });
const editor = (p: Page) => consolePanel(p).getByRole("textbox", { name: "Cypher query" });
const resultRows = (p: Page) => consolePanel(p).getByRole("region", { name: "Result rows" }).locator("tbody tr");

async function openConsole(p: Page): Promise<Locator> {
  await p.getByRole("button", { name: "Cypher" }).click();
  const panel = consolePanel(p);
  await editor(p).waitFor();
  return panel;
}

async function typeQuery(p: Page, query: string): Promise<void> {
  await editor(p).click();
  await p.keyboard.press("ControlOrMeta+a");
  await p.keyboard.press("Delete");
  // Brackets and quotes are closed by the editor as they are typed; typing the closing one steps over it.
  await p.keyboard.type(query);
  await p.keyboard.press("Escape"); // close the completion list, if any
}

async function entityCount(): Promise<number> {
  const health = (await (await fetch(`${server.url}/api/health`)).json()) as { counts: { entities: number } | null };
  return health.counts?.entities ?? -1;
}

describe("Cypher console", () => {
  it("when a query is typed and run with Ctrl+Enter, then its rows show, and Replace view draws only its result", async () => {
    await openExplorer(page, server.url);
    const before = await shownCounts(page);
    const panel = await openConsole(page);

    await typeQuery(page, "MATCH p = (:Entity {id: 'north-korea'})-[:VISITED|ACCUSES]-(:Entity) RETURN p LIMIT 6");
    await editor(page).press("Control+Enter");
    await resultRows(page).first().waitFor();
    expect(await resultRows(page).count()).toBe(6);
    expect(await panel.getByRole("status").filter({ hasText: /6 rows/ }).count()).toBe(1);
    expect((await resultRows(page).first().textContent()) ?? "").toContain("North Korea");

    await panel.getByRole("button", { name: "Replace view" }).click();
    const after = await countsChangedFrom(page, before);
    expect(after.nodes).toBeGreaterThan(1);
    expect(after.nodes).toBeLessThanOrEqual(7);
    expect(after.edges).toBe(6);
    expect(page.url()).toContain("cypher=");

    mkdirSync(`${REPO_ROOT}test-results`, { recursive: true });
    await page.waitForTimeout(600);
    await page.screenshot({ path: `${REPO_ROOT}test-results/console.png` });

    await panel.getByRole("button", { name: "Restore full graph" }).click();
    await countsChangedFrom(page, after);
  });

  it("when an example is picked, then it fills the editor and parameters and its rows show", async () => {
    await openExplorer(page, server.url);
    const panel = await openConsole(page);
    await panel.getByText("Examples", { exact: true }).click();
    await panel.getByRole("button", { name: /^Who accuses whom of supplying weapons to Russia/ }).click();
    await resultRows(page).first().waitFor();
    expect(await resultRows(page).count()).toBeGreaterThan(0);
    expect(await panel.getByRole("columnheader", { name: "accuser" }).count()).toBe(1);
    expect(await panel.getByLabel(/^Parameters/).inputValue()).toContain('"recipient": "russia"');
    expect((await editor(page).textContent()) ?? "").toContain("SUPPLIES_WEAPONS_TO");
  });

  it("when a query would write, then the refusal and its rule show inline and nothing changes", async () => {
    await openExplorer(page, server.url);
    const before = await shownCounts(page);
    const entitiesBefore = await entityCount();
    const panel = await openConsole(page);

    await typeQuery(page, "MATCH (n) DETACH DELETE n");
    await editor(page).press("Control+Enter");
    const alert = panel.getByRole("alert").filter({ hasText: "Refused" });
    await alert.waitFor();
    expect((await alert.textContent()) ?? "").toMatch(/rule: [\w:-]+/);
    expect((await alert.textContent()) ?? "").toMatch(/read-only/);
    expect(await resultRows(page).count()).toBe(0);

    expect(await shownCounts(page)).toEqual(before);
    expect(await entityCount()).toBe(entitiesBefore);
    await openExplorer(page, server.url);
    expect(await shownCounts(page)).toEqual(before);
  });

  it("when the query has a syntax error, then its message shows and the editor marks the position", async () => {
    await openExplorer(page, server.url);
    const panel = await openConsole(page);
    await typeQuery(page, "MATCH (n RETURN n");
    await editor(page).press("Control+Enter");
    const alert = panel.getByRole("alert").filter({ hasText: "Syntax error" });
    await alert.waitFor();
    expect((await alert.textContent()) ?? "").toMatch(/Syntax error at line 1, column 10/);
    expect((await alert.textContent()) ?? "").toMatch(/Invalid input 'RETURN'/);
    expect(await panel.locator(".cy-error-mark").textContent()).toBe("RETURN");
  });

  it("when the URL carries a query, then the console opens with it in the editor, not yet run", async () => {
    const query = "MATCH (e:Entity {id: $id})-[r]-(o:Entity) RETURN e.name, type(r), o.name";
    await openExplorer(page, `${server.url}/?cypher=${encodeURIComponent(query)}&cparams=${encodeURIComponent('{"id": "iran"}')}`);
    const panel = consolePanel(page);
    await editor(page).waitFor();
    await panel.getByText(/Loaded from the link/).waitFor();
    expect(await editor(page).textContent()).toBe(query);
    expect(await panel.getByLabel(/^Parameters/).inputValue()).toBe('{"id": "iran"}');
    expect(await resultRows(page).count()).toBe(0);

    await editor(page).press("Control+Enter");
    await resultRows(page).first().waitFor();
    expect(await resultRows(page).count()).toBeGreaterThan(0);
  });
});
