/**
 * The Export menu (<div role="dialog" aria-label="Export">): scope (current view, selection, ego
 * network of the selected entity with its depth, last Cypher result), format, title, Download.
 * PNG is drawn here from the canvas with its legend; every other format comes from the server.
 * Non-modal: Escape or a click outside closes it and focus returns to the toolbar button.
 */
import "./export.css";

import { formatCounts } from "../ui/status-bar.js";
import { button, h, replaceChildren, uniqueId } from "../ui/dom.js";
import { describeExportError, postExport, saveBlob } from "./download.js";
import { loadFormats, PNG_FORMAT, type ExportFormatOption } from "./formats.js";
import { legendRows } from "./legend-layout.js";
import type { ExportHost, ExportPanel } from "./launcher.js";
import { renderPng } from "./png.js";
import { buildExportBody, defaultTitle, type ExportScopeKind, type ExportSnapshot } from "./request.js";
import { legendInputFor, takeSnapshot } from "./view-snapshot.js";

const SHORT_NAMES: Record<string, string> = {
  png: "PNG",
  svg: "SVG",
  html: "HTML report",
  graphml: "GraphML",
  gexf: "GEXF",
  csv: "CSV (ZIP)",
  json: "JSON",
  cypher: "Cypher script",
};

const count = (n: number, one: string, many: string) => `${n.toLocaleString("en-US")} ${n === 1 ? one : many}`;
const today = () => new Date().toISOString().slice(0, 10);
const kb = (bytes: number) => (bytes < 1024 ? `${bytes} B` : bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(0)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`);

export function createExportPanel(host: ExportHost, onToggle: (open: boolean) => void): ExportPanel {
  const { model } = host;
  let anchor: HTMLElement | null = null;
  let formats: ExportFormatOption[] = [PNG_FORMAT];
  let busy = false;

  const radio = (name: string, value: string, label: Node[], extra?: Node | null) => {
    const id = uniqueId(`ex-${name}`);
    const input = h("input", { type: "radio", name, value, id });
    const meta = h("span", { class: "ex-meta" });
    const row = h("div", { class: "ex-option" }, input, h("label", { for: id }, ...label, meta), extra ?? null);
    return { row, input, meta };
  };

  // ----- scope
  const depth = h("select", { "aria-label": "Ego network depth", class: "ex-depth" }, [1, 2, 3].map((d) => h("option", { value: String(d) }, `${d} ${d === 1 ? "hop" : "hops"}`)));
  const scopes: Record<ExportScopeKind, ReturnType<typeof radio>> = {
    view: radio("scope", "view", [h("span", null, "Current view")]),
    selection: radio("scope", "selection", [h("span", null, "Selection")]),
    ego: radio("scope", "ego", [h("span", null, "Ego network")], depth),
    cypher: radio("scope", "cypher", [h("span", null, "Last Cypher result")]),
  };
  scopes.view.input.checked = true;
  const scopeGroup = h("fieldset", { class: "ex-group" }, h("legend", null, "What"), Object.values(scopes).map((s) => s.row));

  // ----- format
  const formatList = h("div", { class: "ex-formats" });
  const formatHint = h("p", { class: "ex-hint", id: uniqueId("ex-format-hint") });
  const formatGroup = h("fieldset", { class: "ex-group", "aria-describedby": formatHint.id }, h("legend", null, "Format"), formatList, formatHint);

  // ----- title, action
  const titleId = uniqueId("ex-title");
  const title = h("input", { type: "text", id: titleId, maxlength: 200, autocomplete: "off" });
  const download = button("Download", () => void run(), { class: "btn btn-primary" });
  const status = h("p", { class: "ex-status", role: "status", "aria-live": "polite" });
  const notes = h("ul", { class: "ex-notes" });

  const element = h(
    "div",
    { class: "ex-panel", id: "export-panel", role: "dialog", "aria-label": "Export", hidden: true },
    h("div", { class: "ex-head" }, h("h2", null, "Export"), button("×", () => close(true), { class: "btn btn-small", "aria-label": "Close export", title: "Close (Esc)" })),
    scopeGroup,
    formatGroup,
    h("div", { class: "ex-field" }, h("label", { for: titleId }, "Title"), title, h("p", { class: "ex-hint" }, "Heads the HTML report, the SVG and the PNG; kept in the other formats' metadata.")),
    h("div", { class: "ex-actions" }, download, status),
    notes,
  );

  const selectedScope = (): ExportScopeKind => (Object.keys(scopes) as ExportScopeKind[]).find((key) => scopes[key].input.checked) ?? "view";
  const selectedFormat = (): ExportFormatOption => formats.find((f) => (formatList.querySelector<HTMLInputElement>(`input[value="${f.format}"]`)?.checked ?? false)) ?? PNG_FORMAT;

  const renderFormats = () => {
    const current = formatList.querySelector<HTMLInputElement>("input:checked")?.value ?? "png";
    replaceChildren(
      formatList,
      formats.map((f) => {
        const option = radio("format", f.format, [h("span", null, SHORT_NAMES[f.format] ?? f.format.toUpperCase())]);
        option.input.checked = f.format === current;
        option.input.addEventListener("change", sync);
        option.row.title = f.label;
        return option.row;
      }),
    );
  };

  let snapshot: ExportSnapshot = takeSnapshot(model);
  const sync = () => {
    const s = snapshot;
    scopes.view.meta.textContent = formatCounts(s.view.nodes.length, s.view.edges.length);
    const sel = s.highlighted;
    scopes.selection.meta.textContent = sel
      ? `${s.selectedEntity ? `${s.selectedEntity.name}: ` : ""}${count(sel.nodes.length, "entity", "entities")} · ${count(sel.edges.length, "relation", "relations")}`
      : "select an entity or a relation first";
    scopes.ego.meta.textContent = s.selectedEntity ? `of ${s.selectedEntity.name}` : "select an entity first";
    scopes.cypher.meta.textContent = s.cypher ? "re-run by the server, entities and relations only" : "run a query in the Cypher console first";
    const enabled: Record<ExportScopeKind, boolean> = { view: true, selection: sel !== null, ego: s.selectedEntity !== null, cypher: s.cypher !== null };
    for (const key of Object.keys(scopes) as ExportScopeKind[]) {
      scopes[key].input.disabled = !enabled[key];
      scopes[key].row.classList.toggle("is-disabled", !enabled[key]);
    }
    if (!enabled[selectedScope()]) scopes.view.input.checked = true;
    depth.disabled = !enabled.ego;
    // PNG is the picture on screen: only for the current view.
    const scope = selectedScope();
    const pngInput = formatList.querySelector<HTMLInputElement>(`input[value="${PNG_FORMAT.format}"]`);
    if (pngInput) {
      pngInput.disabled = scope !== "view";
      pngInput.closest(".ex-option")?.classList.toggle("is-disabled", pngInput.disabled);
      if (pngInput.disabled && pngInput.checked) {
        const next = formatList.querySelector<HTMLInputElement>("input:not(:disabled)");
        if (next) next.checked = true;
      }
    }
    const format = selectedFormat();
    formatHint.textContent = format.client ? `${format.label}. The picture on screen, so: current view only.` : format.label;
    title.placeholder = format.client ? "No title band" : defaultTitle(scope, s, Number(depth.value));
  };
  scopeGroup.addEventListener("change", sync);
  depth.addEventListener("change", sync);

  const setBusy = (value: boolean, text: string) => {
    busy = value;
    download.disabled = value;
    download.textContent = value ? "Preparing…" : "Download";
    element.setAttribute("aria-busy", String(value));
    status.textContent = text;
  };

  async function run(): Promise<void> {
    if (busy) return;
    snapshot = takeSnapshot(model);
    const format = selectedFormat();
    const scope = selectedScope();
    replaceChildren(notes);
    if (format.client) {
      setBusy(true, "Drawing the PNG…");
      try {
        const blob = await renderPng(host.sigma, {
          title: title.value.trim() || null,
          caption: `newsgraph · ${formatCounts(snapshot.view.nodes.length, snapshot.view.edges.length)} · ${today()}`,
          legend: legendRows(legendInputFor(model)),
        });
        const fileName = `newsgraph-view-${today()}.png`;
        saveBlob(blob, fileName);
        setBusy(false, `Downloaded ${fileName} (${kb(blob.size)}).`);
      } catch (error) {
        setBusy(false, `The PNG could not be drawn: ${error instanceof Error ? error.message : String(error)}`);
      }
      return;
    }
    const built = buildExportBody(scope, format.format, snapshot, { title: title.value, depth: Number(depth.value) });
    if (!built.ok) {
      status.textContent = built.message;
      return;
    }
    replaceChildren(notes, built.value.notes.map((note) => h("li", null, note)));
    setBusy(true, `Preparing the ${SHORT_NAMES[format.format] ?? format.format} file…`);
    const result = await postExport(built.value.body);
    if (!result.ok) {
      setBusy(false, describeExportError(result.error));
      return;
    }
    // The server names a view export by how it was sent ("selection"); the user asked for the view.
    const fileName = scope === "view" ? result.value.fileName.replace(/^newsgraph-selection-/, "newsgraph-view-") : result.value.fileName;
    saveBlob(result.value.blob, fileName);
    setBusy(false, `Downloaded ${fileName} (${kb(result.value.blob.size)}).`);
  }

  const place = () => {
    if (!anchor) return;
    const rect = anchor.getBoundingClientRect();
    element.style.top = `${Math.round(rect.bottom + 6)}px`;
    // Under the button, right-aligned with it, but never past the window's left edge.
    const right = Math.min(window.innerWidth - rect.right, window.innerWidth - element.offsetWidth - 8);
    element.style.right = `${Math.max(8, Math.round(right))}px`;
  };

  /** Escape and the close button give focus back to the toolbar button; a click elsewhere keeps its target's. */
  function close(returnFocus = false): void {
    if (element.hidden) return;
    element.hidden = true;
    onToggle(false);
    if (returnFocus) anchor?.focus();
  }

  element.addEventListener("keydown", (event) => {
    if (event.key === "Escape") {
      event.stopPropagation();
      close(true);
    }
  });
  document.addEventListener("pointerdown", (event) => {
    const target = event.target as Node;
    if (!element.hidden && !element.contains(target) && !(anchor?.contains(target) ?? false)) close();
  });
  window.addEventListener("resize", place);

  renderFormats();
  void loadFormats().then((loaded) => {
    formats = loaded;
    renderFormats();
    sync();
  });

  return {
    element,
    isOpen: () => !element.hidden,
    open(from) {
      anchor = from;
      snapshot = takeSnapshot(model);
      sync();
      element.hidden = false;
      place();
      onToggle(true);
      (element.querySelector<HTMLInputElement>('input[name="scope"]:checked') ?? download).focus();
    },
    close: () => close(true),
  };
}
