/**
 * Page-level helpers for the explorer journeys. Waiting goes through locators and polling from Node,
 * never `waitForFunction`: the server's Content-Security-Policy forbids the string evaluation it uses.
 * The few in-page evaluations are strings (the test tsconfig has no DOM library).
 */
import type { Page } from "playwright-core";

export async function openExplorer(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await waitUntilReady(page);
}

export async function waitUntilReady(page: Page): Promise<void> {
  await page.locator("html[data-state=ready]").waitFor({ state: "attached", timeout: 60_000 });
}

/** Nodes and edges from the status line ("42 nodes · 97 edges"). */
export async function shownCounts(page: Page): Promise<{ nodes: number; edges: number }> {
  const text = (await page.locator("#status").textContent()) ?? "";
  const match = /([\d,]+) nodes? · ([\d,]+) edges?/.exec(text);
  if (!match?.[1] || !match[2]) throw new Error(`Unexpected status line: ${JSON.stringify(text)}`);
  return { nodes: Number(match[1].replace(/,/g, "")), edges: Number(match[2].replace(/,/g, "")) };
}

/** Waits until the status line differs from `before`, then returns the new counts. */
export async function countsChangedFrom(page: Page, before: { nodes: number; edges: number }): Promise<{ nodes: number; edges: number }> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const now = await shownCounts(page);
    if (now.nodes !== before.nodes || now.edges !== before.edges) return now;
    if (Date.now() > deadline) throw new Error(`The status line stayed at ${before.nodes} nodes · ${before.edges} edges`);
    await page.waitForTimeout(100);
  }
}

/**
 * Share of pixels of the graph canvas that differ from the stage background. Overlays are hidden
 * while the screenshot is taken, then the PNG is decoded by the browser itself.
 */
export async function inkRatio(page: Page): Promise<number> {
  const style = await page.addStyleTag({ content: ".legend, .status-line, .status-extra, .notice { visibility: hidden !important; }" });
  const png = await page.locator("#graph").screenshot();
  await style.evaluate("(node) => node.remove()");
  const dataUrl = `data:image/png;base64,${png.toString("base64")}`;
  const ratio = await page.evaluate(`(async () => {
    const image = new Image();
    image.src = ${JSON.stringify(dataUrl)};
    await image.decode();
    const canvas = document.createElement("canvas");
    canvas.width = image.width;
    canvas.height = image.height;
    const context = canvas.getContext("2d");
    context.drawImage(image, 0, 0);
    const data = context.getImageData(0, 0, canvas.width, canvas.height).data;
    let ink = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (Math.abs(data[i] - 251) + Math.abs(data[i + 1] - 251) + Math.abs(data[i + 2] - 253) > 30) ink++;
    }
    return ink / (data.length / 4);
  })()`);
  return Number(ratio);
}
