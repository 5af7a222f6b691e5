/**
 * Growing and correcting the graph from the explorer, in headless Chromium against the real server and
 * the embedded Neo4j of the globalSetup (shared with the other e2e files: this file only touches
 * entities of its own article, none of the seeded graph). Journey: upload a new article, reject one
 * proposed relation, commit; merge a duplicate from the Details panel; upload the article again
 * (edited, by drag and drop) and find the rejection and the merge intact; read the history; a stale
 * edit ends in the conflict message. Saves test-results/curation-*.png (1280×800 and narrow).
 * Build first: `npm run build:client && npm run build:server`.
 */
import { mkdirSync } from "node:fs";

import type { Browser, Locator, Page } from "playwright-core";

import { launchChromium } from "../helpers/e2e-browser.js";
import { countsChangedFrom, openExplorer, shownCounts } from "../helpers/e2e-page.js";
import { REPO_ROOT, startExplorerServer, type ExplorerServer } from "../helpers/e2e-server.js";

const VIEWPORT = { width: 1280, height: 800 };
const NARROW = { width: 420, height: 800 };
const ANALYST = "Rina Wulandari (e2e)";
const FILE = "mongolia-laos-e2e.txt";

// Written for this test: entities no seed article mentions, so the seeded graph other tests expect is untouched.
const ARTICLE = `Mongolian defence minister visits Laos, signs training pact

Ulaanbaatar, 4 March 2025 - Mongolian Defence Minister Batbayar Tsedev visited Laos on Monday for two days of talks on border security and disaster relief, the ministry in Ulaanbaatar said.

Tsedev met with Lao Defence Minister Khamlieng Outhakaysone in Vientiane on Tuesday. The two ministers discussed peacekeeping and the training of junior officers.

Mongolia and Laos signed an agreement on military training during the visit, according to a statement from the Mongolian Defence Ministry.

Lao state television, which gave the visitor's name as Tsedevin Batbayar, said Tsedevin Batbayar also met Prime Minister Sonexay Siphandone on Tuesday evening.

Vietnam accused Mongolia of hiding the cost of the programme, a claim Ulaanbaatar denied. Analysts in the region said the pact was modest but symbolically important for both landlocked countries, which rarely cooperate on defence.
`;
const EDITED = ARTICLE.replace("Analysts in the region said", "Regional analysts said") + "\nThe first Mongolian instructors are expected in Vientiane in September.\n";

const HEADLINE_VISIT = "VISITED:mongolia:laos:reported";
const MINISTER_VISIT = "VISITED:batbayar-tsedev:laos:reported";
const REPRESENTS = "REPRESENTS:batbayar-tsedev:mongolia:reported";

const details = (page: Page) => page.getByRole("complementary", { name: "Details" });
const reviewDialog = (page: Page) => page.getByRole("dialog", { name: "Review" });
const shot = (page: Page, name: string) => page.screenshot({ path: `${REPO_ROOT}test-results/${name}.png` });

let browser: Browser;
let server: ExplorerServer;

async function apiJson<T>(path: string, body?: object): Promise<{ status: number; body: T }> {
  const response = await fetch(`${server.url}/api/${path}`, body ? { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) } : {});
  return { status: response.status, body: (await response.json()) as T };
}
const edgeKeys = async () => (await apiJson<{ edges: { key: string }[] }>("graph")).body.edges.map((e) => e.key);
const enc = encodeURIComponent;

async function selectEntity(page: Page, query: string, name: string): Promise<Locator> {
  const search = page.getByRole("combobox", { name: "Search entities" });
  await search.fill(query);
  await page.getByRole("option", { name: new RegExp(name) }).first().waitFor();
  await search.press("Enter");
  const panel = details(page);
  await panel.getByRole("heading", { name, exact: true }).waitFor();
  await panel.getByRole("region", { name: "History" }).locator(".history-body:not(:has(.loading-text))").waitFor();
  return panel;
}

/** The relation card of an entity's panel, in the group of `type`, pointing at `other`. */
function relationCard(panel: Locator, page: Page, type: string, other: string): Locator {
  const group = panel.locator("section.group", { has: page.getByRole("heading", { name: new RegExp(`^${type}`) }) });
  return group.locator("li.relation", { has: page.getByRole("button", { name: other, exact: true }) }).first();
}

beforeAll(async () => {
  mkdirSync(`${REPO_ROOT}test-results`, { recursive: true });
  [browser, server] = await Promise.all([launchChromium(), startExplorerServer()]);
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe("curation journey", () => {
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    page = await browser.newPage({ viewport: VIEWPORT });
    page.on("pageerror", (error) => pageErrors.push(error.message));
    await openExplorer(page, server.url);
  });

  afterAll(async () => {
    await page?.close();
  });

  afterEach(() => {
    expect(pageErrors).toEqual([]);
  });

  it("when an analyst uploads a new article, rejects one proposed relation and commits, then the new relations appear with their evidence", async () => {
    const before = await shownCounts(page);
    await page.getByRole("button", { name: "Curation", exact: true }).click();
    const analyst = page.getByRole("dialog", { name: "Curation settings" }).getByRole("textbox", { name: "Analyst name" });
    await analyst.fill(ANALYST);
    await analyst.press("Enter");

    await page.locator('input[type=file][aria-label="Article files"]').setInputFiles([
      { name: FILE, mimeType: "text/plain", buffer: Buffer.from(ARTICLE) },
      { name: "empty-e2e.txt", mimeType: "text/plain", buffer: Buffer.from("   \n") },
      { name: "scan-e2e.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4 binary") },
    ]);
    const review = reviewDialog(page);
    await review.getByRole("heading", { name: "Mongolian defence minister visits Laos, signs training pact" }).waitFor();
    expect(await review.getByRole("textbox", { name: "Analyst name" }).inputValue()).toBe(ANALYST);

    // Bad files show their own error.
    await review.getByRole("tab", { name: /empty-e2e\.txt/ }).click();
    await review.getByRole("alert").getByText(/cannot be imported: .*empty/).waitFor();
    await review.getByRole("tab", { name: /scan-e2e\.pdf/ }).click();
    await review.getByRole("alert").getByText(/unsupported file type "\.pdf"/).waitFor();
    await review.getByRole("tab", { name: new RegExp(FILE) }).click();

    // The headline's "Mongolia visited Laos" is the minister's trip, not the country's: reject it.
    const headline = review.locator("li.rv-rel", { hasText: /signs training pact/ });
    expect(await headline.locator(".rv-rel-head").textContent()).toMatch(/Mongolia.*visited.*Laos/);
    await headline.getByRole("button", { name: "Reject" }).click();
    expect(await headline.getByRole("button", { name: "Reject" }).getAttribute("aria-pressed")).toBe("true");
    await headline.getByRole("textbox", { name: "Why reject? (optional)" }).fill("The headline means the minister's trip");
    await headline.getByRole("textbox", { name: "Why reject? (optional)" }).press("Tab");

    // A click on a relation brings its evidence into view in the article, marked.
    const merged = review.locator("li.rv-rel", { hasText: /Sonexay Siphandone/ });
    await merged.locator(".rv-quote").click();
    expect(await review.locator(".rv-article mark.current").textContent()).toContain("Tsedevin Batbayar also met Prime Minister Sonexay Siphandone");
    expect(await review.locator(".rv-counts").textContent()).toMatch(/accepted · 1 rejected · 0 edited/);
    expect(await review.locator("li.rv-ent", { hasText: "Batbayar Tsedev" }).first().locator(".rv-match").textContent()).toBe("new");
    await shot(page, "curation-review");

    await review.getByRole("button", { name: "Commit" }).click();
    await review.locator(".rv-status", { hasText: /Committed 1 article: \d+ relations \(\d+ new\), \d+ new entities, 1 rejected, 0 corrected/ }).waitFor({ timeout: 30_000 });
    await review.getByRole("button", { name: "Close review" }).click();

    const after = await countsChangedFrom(page, before);
    expect(after.edges).toBeGreaterThan(before.edges);
    const keys = await edgeKeys();
    expect(keys).toContain(MINISTER_VISIT);
    expect(keys).not.toContain(HEADLINE_VISIT);

    const panel = await selectEntity(page, "Batbayar Tsedev", "Batbayar Tsedev");
    const visit = relationCard(panel, page, "visited", "Laos");
    expect(await visit.locator("blockquote").first().textContent()).toMatch(/Batbayar Tsedev visited Laos|Tsedev met with/);
    expect(page.url()).toContain("node=batbayar-tsedev");
  });

  it("when merging a duplicate from the Details panel, then its relations move, it leaves the graph and the history names the analyst", async () => {
    const panel = await selectEntity(page, "Batbayar Tsedev", "Batbayar Tsedev");
    const curation = panel.getByRole("region", { name: "Curation" });
    await curation.getByRole("button", { name: "Merge duplicate…" }).click();
    const form = curation.getByRole("form", { name: "Merge a duplicate into “Batbayar Tsedev”" });
    await form.getByRole("combobox", { name: "Entity to merge" }).fill("Tsedevin");
    await page.getByRole("option", { name: /Tsedevin Batbayar/ }).first().click();
    await form.getByText(/“Tsedevin Batbayar” \(Person\) will disappear/).waitFor();
    await form.getByRole("button", { name: "Merge" }).click();

    await panel.getByRole("status").getByText("Merged “Tsedevin Batbayar” into “Batbayar Tsedev”.").waitFor({ timeout: 20_000 });
    expect(await panel.locator(".meta").textContent()).toContain("Tsedevin Batbayar");
    await relationCard(panel, page, "met with", "Sonexay Siphandone").waitFor();
    const history = panel.getByRole("region", { name: "History" });
    await history.getByText("Merged “Tsedevin Batbayar” into this entity").waitFor();
    expect(await history.locator(".history-item").first().textContent()).toContain(ANALYST);
    expect(await curation.locator(".badge-curated").isVisible()).toBe(true);
    expect((await apiJson("entities/tsedevin-batbayar")).status).toBe(404);
    await page.waitForTimeout(500);
    await shot(page, "curation-details");
  });

  it("when the same article is uploaded again, edited, then the earlier rejection and merge hold", async () => {
    // Drag and drop from the desktop, anywhere on the page.
    await page.evaluate(`(() => {
      const data = new DataTransfer();
      data.items.add(new File([${JSON.stringify(EDITED)}], ${JSON.stringify(FILE)}, { type: "text/plain" }));
      const target = document.querySelector("#stage");
      for (const type of ["dragenter", "dragover", "drop"]) target.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: data }));
    })()`);
    const review = reviewDialog(page);
    await review.locator(".rv-earlier", { hasText: `last imported by ${ANALYST}` }).waitFor({ timeout: 20_000 });
    const duplicate = review.locator("li.rv-ent", { hasText: "Tsedevin Batbayar" }).first();
    expect(await duplicate.locator(".rv-match").textContent()).toBe("matches existing “Batbayar Tsedev”");
    const headline = review.locator("li.rv-rel", { hasText: /signs training pact/ });
    await headline.locator(".rv-known", { hasText: "rejected before" }).waitFor();

    await review.getByRole("button", { name: "Commit" }).click();
    await review.locator(".rv-status", { hasText: /Committed 1 article/ }).waitFor({ timeout: 30_000 });
    await review.getByRole("button", { name: "Close review" }).click();

    expect(await edgeKeys()).not.toContain(HEADLINE_VISIT);
    expect((await apiJson<{ rejected: boolean }>(`relations/${enc(HEADLINE_VISIT)}`)).body.rejected).toBe(true);
    expect((await apiJson("entities/tsedevin-batbayar")).status).toBe(404);
    const tsedev = (await apiJson<{ relations: { id: string }[] }>("entities/batbayar-tsedev")).body;
    expect(tsedev.relations.map((r) => r.id)).toContain("MET_WITH:batbayar-tsedev:sonexay-siphandone:reported");
  });

  it("should show each step in the history with who, what and why, and offer Restore on the rejected relation", async () => {
    const panel = await selectEntity(page, "Mongolia", "Mongolia");
    const rejected = panel.locator("li.relation.is-rejected", { hasText: "Laos" }).first();
    await rejected.getByText("rejected", { exact: true }).waitFor();
    await rejected.getByRole("button", { name: "Show on graph" }).click();

    await panel.getByRole("heading", { name: "Mongolia → Laos" }).waitFor();
    const history = panel.getByRole("region", { name: "History" });
    const item = history.locator(".history-item", { hasText: "Rejected the relation" });
    await item.waitFor();
    expect(await item.textContent()).toContain(ANALYST);
    expect(await item.locator(".history-why").textContent()).toBe("The headline means the minister's trip");
    expect(await panel.getByRole("region", { name: "Curation" }).getByRole("button", { name: "Restore" }).isVisible()).toBe(true);
  });

  it("when someone else changed the relation first, then a stale edit shows the conflict message and the panel reloads", async () => {
    const panel = await selectEntity(page, "Batbayar Tsedev", "Batbayar Tsedev");
    await relationCard(panel, page, "represents", "Mongolia").getByRole("button", { name: "Show on graph" }).click();
    await panel.getByRole("heading", { name: "Batbayar Tsedev → Mongolia" }).waitFor();
    const curation = panel.getByRole("region", { name: "Curation" });
    await curation.getByRole("button", { name: "Reject…" }).waitFor();

    // Another analyst rejects and restores it meanwhile: the version the panel shows is now stale.
    expect((await apiJson(`relations/${enc(REPRESENTS)}/reject`, { analyst: "Someone else" })).status).toBe(200);
    expect((await apiJson(`relations/${enc(REPRESENTS)}/restore`, { analyst: "Someone else" })).status).toBe(200);

    await curation.getByRole("button", { name: "Reject…" }).click();
    await curation.getByRole("button", { name: "Reject relation" }).click();
    await panel.getByRole("alert").getByText(/Someone else changed this relation since you opened it \(it is now at version \d+\)\. Nothing was saved/).waitFor({ timeout: 20_000 });
    expect(await edgeKeys()).toContain(REPRESENTS);
    await panel.getByRole("region", { name: "History" }).getByText("Someone else").first().waitFor();

    // The panel now shows the current version: the same edit goes through.
    await curation.getByRole("button", { name: "Reject…" }).click();
    await curation.getByRole("button", { name: "Reject relation" }).click();
    await panel.getByRole("status").getByText("Relation rejected: it is hidden from the graph.").waitFor({ timeout: 20_000 });
    await curation.getByRole("button", { name: "Restore" }).click();
    await panel.getByRole("status").getByText("Relation restored: it is back in the graph.").waitFor({ timeout: 20_000 });
    expect(await edgeKeys()).toContain(REPRESENTS);
  });

  it("should add an alias, correct a relation, add one by hand from a selected quote and split an alias off", async () => {
    // Alias.
    let panel = await selectEntity(page, "Laos", "Laos");
    let curation = panel.getByRole("region", { name: "Curation" });
    await curation.getByRole("button", { name: "Add alias…" }).click();
    await curation.getByRole("textbox", { name: "New alias" }).fill("Lao PDR");
    await curation.getByRole("button", { name: "Add alias", exact: true }).click();
    await panel.getByRole("status").getByText("Added the alias “Lao PDR”.").waitFor({ timeout: 20_000 });
    expect(await panel.locator(".meta").textContent()).toContain("Lao PDR");

    // By hand: "Mongolia cooperates with Laos", quoting words selected in the article.
    await curation.getByRole("button", { name: "Add relation…" }).click();
    const form = curation.getByRole("form", { name: "Add a relation of “Laos” by hand" });
    await form.getByRole("combobox", { name: "Other entity" }).fill("Mongolia");
    await form.getByRole("listbox").getByRole("option", { name: /^Mongolia(?!n)/ }).first().click();
    await form.getByRole("combobox", { name: "Relation type" }).selectOption("COOPERATES_WITH");
    const quote = "The two ministers discussed peacekeeping and the training of junior officers.";
    await form.locator(".cur-article-text", { hasText: quote }).waitFor();
    await page.evaluate(`(() => {
      const box = document.querySelector(".cur-article-text");
      const node = box.firstChild;
      const start = node.data.indexOf(${JSON.stringify(quote)});
      const range = document.createRange();
      range.setStart(node, start);
      range.setEnd(node, start + ${quote.length});
      getSelection().removeAllRanges();
      getSelection().addRange(range);
      box.dispatchEvent(new MouseEvent("mouseup", { bubbles: true }));
    })()`);
    expect(await form.getByRole("textbox", { name: "Quote" }).inputValue()).toBe(quote);
    await form.getByRole("button", { name: "Add relation", exact: true }).click();
    await panel.getByRole("status").getByText(/Added by hand/).waitFor({ timeout: 20_000 });
    expect(await panel.locator("li.relation blockquote").first().textContent()).toBe(quote);
    expect(await panel.locator("li.relation .badge-curated").count()).toBe(1);
    expect(await edgeKeys()).toContain("COOPERATES_WITH:laos:mongolia:reported");

    // Correct: Vietnam's accusation is only alleged.
    panel = await selectEntity(page, "Vietnam", "Vietnam");
    await relationCard(panel, page, "accuses", "Mongolia").getByRole("button", { name: "Show on graph" }).click();
    await panel.getByRole("heading", { name: "Vietnam → Mongolia" }).waitFor();
    curation = panel.getByRole("region", { name: "Curation" });
    await curation.getByRole("button", { name: "Correct…" }).click();
    await curation.getByRole("combobox", { name: "Status" }).selectOption("alleged");
    await curation.getByRole("button", { name: "Save correction" }).click();
    await panel.getByRole("status").getByText(/Corrected: this relation replaces vietnam accuses mongolia \(reported\)/).waitFor({ timeout: 20_000 });
    expect(page.url()).toContain("edge=ACCUSES:vietnam:mongolia:alleged");
    await panel.getByRole("region", { name: "History" }).getByText("Created by correcting another relation").waitFor();
    const keys = await edgeKeys();
    expect(keys).toContain("ACCUSES:vietnam:mongolia:alleged");
    expect(keys).not.toContain("ACCUSES:vietnam:mongolia:reported");

    // Split the merged spelling back off (the reverse of the merge above).
    panel = await selectEntity(page, "Batbayar Tsedev", "Batbayar Tsedev");
    curation = panel.getByRole("region", { name: "Curation" });
    await curation.getByRole("button", { name: "Split aliases…" }).click();
    await curation.getByRole("checkbox", { name: "Tsedevin Batbayar" }).check();
    expect(await curation.getByRole("textbox", { name: "Name of the new entity" }).inputValue()).toBe("Tsedevin Batbayar");
    await curation.getByRole("button", { name: "Split off" }).click();
    await panel.getByRole("status").getByText(/Split “Tsedevin Batbayar” off into a new entity/).waitFor({ timeout: 20_000 });
    expect((await apiJson<{ relations: { id: string }[] }>("entities/tsedevin-batbayar")).body.relations.map((r) => r.id)).toContain(
      "MET_WITH:sonexay-siphandone:tsedevin-batbayar:reported",
    );
  });

  it("should keep the review and the curation panel usable at a narrow width", async () => {
    await page.setViewportSize(NARROW);
    await page.locator('input[type=file][aria-label="Article files"]').setInputFiles([{ name: "narrow-check.txt", mimeType: "text/plain", buffer: Buffer.from(EDITED) }]);
    const review = reviewDialog(page);
    await review.getByRole("heading", { name: "Mongolian defence minister visits Laos, signs training pact" }).waitFor();
    expect(await review.getByRole("button", { name: "Commit" }).isVisible()).toBe(true);
    await shot(page, "curation-review-narrow");
    await review.getByRole("button", { name: "Close review" }).click();

    await selectEntity(page, "Batbayar Tsedev", "Batbayar Tsedev");
    expect(await details(page).getByRole("button", { name: "Merge duplicate…" }).isVisible()).toBe(true);
    await shot(page, "curation-details-narrow");
    await page.setViewportSize(VIEWPORT);
  });
});
