/**
 * The Cypher console (<section aria-label="Cypher">), loaded on first use (dynamic import from
 * launcher.ts, so the explorer's first render never pays for CodeMirror). Query editor, parameters,
 * examples, history and saved queries on the left; results on the right: a summary line, errors inline,
 * the table, and "Replace view" / "Add to view" to draw the result in the graph.
 */
import "./console.css";

import type { ExampleQuery } from "../../graph-schema/index.js";
import { stateToQuery } from "../state/url-state.js";
import { button, h, replaceChildren } from "../ui/dom.js";
import { applyDeps } from "./apply-deps.js";
import { addToView, replaceView, type ApplyReport } from "./apply-to-view.js";
import type { GraphSchema } from "./completion.js";
import { runCypher, type CypherError, type CypherResult } from "./cypher-api.js";
import { createQueryEditor } from "./editor.js";
import type { ConsoleHost, ConsolePanel } from "./launcher.js";
import type { CypherLink } from "./link.js";
import { examplesMenu, historyMenu, savedMenu } from "./menus.js";
import { formatParams, parseParams, referencedParams } from "./params.js";
import { renderResultsTable } from "./results-table.js";
import { FALLBACK_SCHEMA, loadSchema } from "./schema.js";
import { setLastCypherRun } from "./session.js";
import { createConsoleStorage } from "./storage.js";
import { toExplorerGraph, type MappedGraph } from "./to-explorer-graph.js";
import { describeRun, describeApply, errorView } from "./messages.js";
import { bindResizeHandle } from "./resize.js";

type RunState =
  | { kind: "idle" }
  | { kind: "running"; controller: AbortController }
  | { kind: "done"; result: CypherResult; mapped: MappedGraph }
  | { kind: "error"; error: CypherError };

function localStore(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export function createConsolePanel(host: ConsoleHost): ConsolePanel {
  const { model } = host;
  const storage = createConsoleStorage(localStore());
  let schema: GraphSchema = FALLBACK_SCHEMA;
  let state: RunState = { kind: "idle" };

  // ----- query side
  const editorHost = h("div", { class: "cy-editor" });
  const paramsInput = h("textarea", {
    class: "cy-params-input",
    id: "cy-params",
    rows: 3,
    spellcheck: "false",
    placeholder: '{"id": "north-korea"}',
    "aria-describedby": "cy-params-error",
  });
  const paramsError = h("p", { class: "cy-params-error", id: "cy-params-error", role: "alert" });
  const runButton = button("Run query", () => void run(), { class: "btn btn-primary", title: "Ctrl+Enter (⌘+Enter on a Mac)" });
  const cancelButton = button("Cancel", () => (state.kind === "running" ? state.controller.abort() : undefined), { class: "btn", hidden: true });
  const linkButton = button("Copy link", () => void copyLink(), { class: "btn btn-small", title: "A link that opens the console with this query (it does not run it)" });
  const queryNote = h("p", { class: "cy-note", role: "status" });

  const editor = createQueryEditor(editorHost, {
    initial: "",
    onRun: () => void run(),
    onChange: () => undefined,
    schema: () => schema,
    params: () => {
      const parsed = parseParams(paramsInput.value);
      return [...new Set([...(parsed.ok ? Object.keys(parsed.value) : []), ...referencedParams(editor.text())])];
    },
  });

  const checkParams = (): ReturnType<typeof parseParams> => {
    const parsed = parseParams(paramsInput.value);
    paramsError.textContent = parsed.ok ? "" : parsed.error.message;
    paramsInput.setAttribute("aria-invalid", String(!parsed.ok));
    return parsed;
  };
  let paramsTimer: number | undefined;
  paramsInput.addEventListener("input", () => {
    window.clearTimeout(paramsTimer);
    paramsTimer = window.setTimeout(checkParams, 300);
  });
  paramsInput.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void run();
    }
  });

  const load = (query: string, params: string, note: string) => {
    editor.setText(query);
    paramsInput.value = params;
    checkParams();
    queryNote.textContent = note;
  };

  const examples = examplesMenu((example: ExampleQuery) => {
    load(example.query, formatParams(example.params), `Example: ${example.title}`);
    void run();
  });
  const history = historyMenu(storage, (entry) => (load(entry.query, entry.params, "From your history: press Run (Ctrl+Enter)."), editor.focus()));
  const saved = savedMenu(storage, () => ({ query: editor.text(), params: paramsInput.value }), (entry) => {
    load(entry.query, entry.params, `Saved query “${entry.name}”: press Run (Ctrl+Enter).`);
    editor.focus();
  });

  // ----- results side
  const summary = h("p", { class: "cy-summary", role: "status", "aria-live": "polite" });
  const message = h("div", { class: "cy-message" });
  const tableHost = h("div", { class: "cy-table-host" });
  const replaceButton = button("Replace view", () => apply("replace"), { class: "btn", disabled: true, title: "Show only the query's nodes and relationships in the graph" });
  const addButton = button("Add to view", () => apply("add"), { class: "btn", disabled: true, title: "Add the query's nodes and relationships to the graph" });
  const restoreButton = button("Restore full graph", () => (host.reload(), (restoreButton.hidden = true)), { class: "btn", hidden: true });
  const applyNote = h("p", { class: "cy-apply-note", role: "status" });

  const closeButton = button("×", () => host.close(), { class: "btn btn-small cy-close", "aria-label": "Close the Cypher console", title: "Close" });
  const handle = h("div", { class: "cy-resize", role: "separator", "aria-orientation": "horizontal", "aria-label": "Resize the Cypher console", tabindex: "0" });

  const element = h(
    "section",
    { class: "cy-console", id: "cypher-console", "aria-label": "Cypher" },
    handle,
    h(
      "header",
      { class: "cy-head" },
      h("h2", null, "Cypher"),
      h("span", { class: "cy-badge", title: "Queries run in a read-only transaction with a timeout and a row cap" }, "read-only"),
      h("div", { class: "cy-menus" }, examples.element, saved.element, history.element),
      h("div", { class: "cy-head-end" }, linkButton, closeButton),
    ),
    h(
      "div",
      { class: "cy-body" },
      h(
        "div",
        { class: "cy-query" },
        editorHost,
        h("label", { class: "cy-params-label", for: "cy-params" }, "Parameters ", h("span", { class: "cy-muted" }, "(JSON object, used as $name)")),
        paramsInput,
        paramsError,
        h("div", { class: "cy-actions" }, runButton, cancelButton, queryNote),
      ),
      h(
        "div",
        { class: "cy-results", role: "region", "aria-label": "Query result" },
        h("div", { class: "cy-result-head" }, summary, h("div", { class: "cy-graph-actions", role: "group", "aria-label": "Show in the graph" }, replaceButton, addButton, restoreButton)),
        applyNote,
        message,
        tableHost,
      ),
    ),
  );
  bindResizeHandle(handle, host.app);
  // The page's shortcuts ("/" focuses search, Escape clears the selection) must not fire while typing here.
  element.addEventListener("keydown", (event) => {
    const target = event.target as HTMLElement | null;
    if ((event.key === "/" || event.key === "Escape") && target?.isContentEditable) event.stopPropagation();
  });

  const setRunning = (running: boolean) => {
    runButton.disabled = running;
    runButton.textContent = running ? "Running…" : "Run query";
    cancelButton.hidden = !running;
    element.setAttribute("aria-busy", String(running));
  };

  const showResult = () => {
    tableHost.classList.remove("is-stale");
    const graphReady = state.kind === "done" && state.mapped.payload.nodes.length > 0;
    replaceButton.disabled = !graphReady;
    addButton.disabled = !graphReady;
    switch (state.kind) {
      case "idle":
        summary.textContent = "Run a query to see its rows here.";
        replaceChildren(message);
        replaceChildren(tableHost);
        return;
      case "running":
        summary.textContent = "Running…";
        replaceChildren(message);
        tableHost.classList.add("is-stale");
        return;
      case "done": {
        const { result, mapped } = state;
        const run = describeRun(result, mapped);
        const names = new Map(result.graph.nodes.map((node) => [node.key, node.attributes?.label ?? node.key]));
        summary.textContent = run.summary;
        replaceChildren(message, run.notice ? h("p", { class: "cy-notice" }, run.notice) : null);
        renderResultsTable(tableHost, result.columns, result.rows, {
          hasNode: (id) => model.graph.hasNode(id),
          selectNode: (id) => host.selectNode(id),
          nameOf: (id) => names.get(id),
        });
        return;
      }
      case "error": {
        const view = errorView(state.error);
        summary.textContent = "";
        replaceChildren(message, h("div", { class: `cy-error cy-error-${state.error.kind}`, role: "alert" }, h("strong", null, view.title), h("p", null, view.message), view.hint ? h("p", { class: "cy-muted" }, view.hint) : null));
        replaceChildren(tableHost);
        return;
      }
      default: {
        const never: never = state;
        throw new Error(`unknown console state ${JSON.stringify(never)}`);
      }
    }
  };

  async function run(): Promise<void> {
    const query = editor.text();
    if (query.trim() === "") {
      queryNote.textContent = "Type a query first, or pick one from Examples.";
      editor.focus();
      return;
    }
    const params = checkParams();
    if (!params.ok) {
      paramsInput.focus();
      return;
    }
    if (state.kind === "running") state.controller.abort();
    const controller = new AbortController();
    state = { kind: "running", controller };
    editor.clearError();
    applyNote.textContent = "";
    setRunning(true);
    showResult();
    const outcome = await runCypher(query, params.value, controller.signal);
    if (state.kind !== "running" || state.controller !== controller) return; // a newer run took over
    setRunning(false);
    if (outcome.ok) {
      const mapped = toExplorerGraph(outcome.value.graph);
      state = { kind: "done", result: outcome.value, mapped };
      storage.remember({ query, params: paramsInput.value });
      setLastCypherRun({ query, params: params.value, rows: outcome.value.summary.rows, entities: mapped.stats.entities, relations: mapped.stats.relations });
      model.store.set({ cypher: { query, params: paramsInput.value } });
    } else if (outcome.error.kind === "api" && outcome.error.error.kind === "aborted") {
      state = { kind: "idle" };
      queryNote.textContent = "Cancelled.";
    } else {
      state = { kind: "error", error: outcome.error };
      if (outcome.error.kind === "syntax-error" && outcome.error.position) editor.markError(outcome.error.position.offset, outcome.error.message);
    }
    showResult();
  }

  function apply(mode: "replace" | "add"): void {
    if (state.kind !== "done") return;
    const deps = applyDeps(host);
    const report: ApplyReport = mode === "replace" ? replaceView(deps, state.mapped.payload) : addToView(deps, state.mapped.payload);
    applyNote.textContent = describeApply(report);
    if (mode === "replace") restoreButton.hidden = false;
  }

  async function copyLink(): Promise<void> {
    const link: CypherLink = { query: editor.text(), params: paramsInput.value };
    if (link.query.trim() === "") {
      queryNote.textContent = "Nothing to link: the editor is empty.";
      return;
    }
    model.store.set({ cypher: link });
    const url = `${window.location.origin}${window.location.pathname}${stateToQuery(model.store.get())}`;
    try {
      await navigator.clipboard.writeText(url);
      queryNote.textContent = "Link copied. It opens the console with this query; the reader presses Run.";
    } catch {
      queryNote.textContent = "The link is in the address bar (the browser did not allow copying).";
    }
  }

  showResult();
  queryNote.textContent = `${/Mac|iPhone|iPad/.test(navigator.platform) ? "⌘" : "Ctrl"}+Enter runs the query.`;
  void loadSchema().then((loaded) => (schema = loaded));

  return {
    element,
    focus: () => editor.focus(),
    loadLink(link: CypherLink) {
      load(link.query, link.params, "Loaded from the link. Read it, then press Run (Ctrl+Enter).");
    },
    destroy: () => editor.destroy(),
  };
}
