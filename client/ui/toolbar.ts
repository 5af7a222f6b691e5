/**
 * The top-right toolbar: run/stop the ForceAtlas2 layout, fit the camera, size-by and colour-by
 * mappings, and (on narrow screens) buttons that open the Filters and Details panels.
 */
import type { LayoutController } from "../layout/layout.js";
import type { ExplorerModel } from "../model.js";
import type { ColorBy, SizeBy } from "../state/app-state.js";
import { button, h, replaceChildren } from "./dom.js";

export interface ToolbarDeps {
  model: ExplorerModel;
  layout: LayoutController;
  fit(): void;
  app: HTMLElement;
}

function select<T extends string>(label: string, options: readonly [T, string][], onChange: (value: T) => void) {
  const element = h("select", { "aria-label": label }, options.map(([value, text]) => h("option", { value }, text)));
  element.addEventListener("change", () => onChange(element.value as T));
  return element;
}

/** Opens or closes an overlay panel on narrow screens (wide layouts always show both panels). */
export function togglePanel(app: HTMLElement, panel: "filters" | "details", open?: boolean): void {
  const panels = new Set((app.dataset["panels"] ?? "").split(" ").filter(Boolean));
  const next = open ?? !panels.has(panel);
  if (next) panels.add(panel);
  else panels.delete(panel);
  app.dataset["panels"] = [...panels].join(" ");
  app.querySelector(`[data-toggles="${panel}"]`)?.setAttribute("aria-expanded", String(next));
}

export function bindToolbar(container: HTMLElement, deps: ToolbarDeps): () => void {
  const { model, layout } = deps;
  const { store } = model;
  const layoutButton = button("Run layout", () => (layout.isRunning() ? layout.stop() : layout.start()), {
    "aria-pressed": "false",
    title: "ForceAtlas2 in a background worker; stop to settle overlaps and keep the positions",
  });
  const sizeBy = select<SizeBy>("Size nodes by", [["degree", "Degree"], ["pagerank", "PageRank"]], (value) => store.set({ sizeBy: value }));
  const colorBy = select<ColorBy>("Colour nodes by", [["type", "Entity type"], ["community", "Community"]], (value) => store.set({ colorBy: value }));
  const filtersToggle = button("Filters", () => togglePanel(deps.app, "filters"), {
    class: "panel-toggle",
    "data-toggles": "filters",
    "aria-controls": "sidebar",
    "aria-expanded": "false",
  });
  const detailsToggle = button("Details", () => togglePanel(deps.app, "details"), {
    class: "panel-toggle",
    "data-toggles": "details",
    "aria-controls": "details",
    "aria-expanded": "false",
  });

  replaceChildren(
    container,
    filtersToggle,
    layoutButton,
    button("Fit", () => deps.fit(), { title: "Show the whole graph", class: "optional" }),
    h("label", { class: "optional" }, h("span", null, "Size"), sizeBy),
    h("label", { class: "optional" }, h("span", null, "Colour"), colorBy),
    detailsToggle,
  );

  const sync = () => {
    const state = store.get();
    sizeBy.value = state.sizeBy;
    colorBy.value = state.colorBy;
  };
  sync();
  const offs = [
    store.subscribe((next, prev) => {
      if (next.sizeBy !== prev.sizeBy || next.colorBy !== prev.colorBy) sync();
      if ((next.selection === null) !== (prev.selection === null)) togglePanel(deps.app, "details", next.selection !== null);
    }),
    layout.onChange((running) => {
      layoutButton.textContent = running ? "Stop layout" : "Run layout";
      layoutButton.setAttribute("aria-pressed", String(running));
    }),
  ];
  return () => offs.forEach((off) => off());
}
