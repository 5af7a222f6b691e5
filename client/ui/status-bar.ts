/**
 * The status line: "42 nodes · 97 edges" for what is on screen, plus how much is loaded when filters
 * narrow the view and whether level-of-detail rendering is on.
 */
import type { ExplorerModel } from "../model.js";
import { h } from "./dom.js";

const plural = (count: number, word: string) => `${count.toLocaleString("en-US")} ${word}${count === 1 ? "" : "s"}`;

export function formatCounts(nodes: number, edges: number): string {
  return `${plural(nodes, "node")} · ${plural(edges, "edge")}`;
}

export function bindStatusBar(element: HTMLElement, model: ExplorerModel): () => void {
  const extra = h("div", { class: "status-extra" });
  element.after(extra);
  const update = () => {
    const view = model.view();
    element.textContent = formatCounts(view.nodes.size, view.edges.size);
    const parts: string[] = [];
    if (view.nodes.size !== model.graph.order || view.edges.size !== model.graph.size) {
      parts.push(`of ${formatCounts(model.graph.order, model.graph.size)} loaded`);
    }
    if (model.lod()) parts.push("level of detail on");
    extra.textContent = parts.join(" — ");
    // Beside the counts pill, whose width grows with the numbers (the pill is 12px from the edge).
    if (parts.length > 0) extra.style.marginLeft = `${12 + element.offsetWidth + 10}px`;
  };
  update();
  return model.on("view", update);
}
