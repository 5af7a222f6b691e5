/**
 * Shortest path between two entities: two pickers (the same combobox as the search), then the hops of
 * the path from /api/paths, each with its relation and evidence. The path itself lives in AppState
 * (`path=from,to` in the URL); the loading is done by controllers/actions.ts.
 */
import type { SearchHit } from "../../graph-schema/index.js";
import type { ExplorerModel } from "../model.js";
import { button, h, idleCoalesced, replaceChildren } from "./dom.js";
import { createSearchBox, type SearchFn } from "./search-box.js";

export interface PathPanel {
  setEndpoint(which: "from" | "to", id: string): void;
  setStatus(text: string): void;
  dispose(): void;
}

export function bindPathPanel(container: HTMLElement, model: ExplorerModel, search: SearchFn): PathPanel {
  const { store, graph } = model;
  const ends: { from: string | null; to: string | null } = { from: store.get().path?.from ?? null, to: store.get().path?.to ?? null };
  const nameOf = (id: string | null) => (id && graph.hasNode(id) ? graph.getNodeAttribute(id, "label") : (id ?? ""));

  const pick = (which: "from" | "to") => (hit: SearchHit) => {
    ends[which] = hit.id;
  };
  const fromBox = createSearchBox({ label: "Path from", placeholder: "From entity…", search, onChoose: pick("from"), keepChoice: true });
  const toBox = createSearchBox({ label: "Path to", placeholder: "To entity…", search, onChoose: pick("to"), keepChoice: true });
  const status = h("p", { class: "hint", "aria-live": "polite" });

  const find = () => {
    if (!ends.from || !ends.to) {
      status.textContent = "Choose both entities first.";
      return;
    }
    if (ends.from === ends.to) {
      status.textContent = "Choose two different entities.";
      return;
    }
    // The path becomes what the Details panel shows.
    store.set({ path: { from: ends.from, to: ends.to }, selection: null });
  };

  replaceChildren(
    container,
    h(
      "details",
      { class: "section", open: true },
      h("summary", null, "Shortest path"),
      h(
        "div",
        { class: "section-body" },
        fromBox.element,
        toBox.element,
        h("div", { class: "row" }, button("Find path", find, { class: "btn btn-primary btn-small" }), button("Clear", () => store.set({ path: null }), { class: "btn btn-small" })),
        status,
        h("p", { class: "hint" }, "The hops and their evidence show in the Details panel."),
      ),
    ),
  );

  const syncBoxes = () => {
    fromBox.setText(nameOf(ends.from));
    toBox.setText(nameOf(ends.to));
  };
  syncBoxes();
  const offs = [
    store.subscribe((next, prev) => {
      if (next.path !== prev.path && next.path) {
        ends.from = next.path.from;
        ends.to = next.path.to;
        syncBoxes();
      }
    }),
    model.on("graph", idleCoalesced(syncBoxes)),
  ];

  return {
    setEndpoint(which, id) {
      ends[which] = id;
      syncBoxes();
      container.querySelector("details")?.setAttribute("open", "");
      if (ends.from && ends.to && ends.from !== ends.to) {
        find();
        return;
      }
      status.textContent = which === "from" ? "Now choose where the path goes." : "Now choose where the path starts.";
      const other = which === "from" ? toBox : fromBox;
      other.input.scrollIntoView({ block: "nearest" });
      other.input.focus();
    },
    setStatus(text) {
      status.textContent = text;
    },
    dispose: () => offs.forEach((off) => off()),
  };
}
