/**
 * The console's three drop-down lists (Examples, Saved, History), built on <details>/<summary> so they
 * open with the keyboard without any script; their content is rebuilt each time one opens (history and
 * saved queries change). Escape or a click outside closes them.
 */
import { EXAMPLE_QUERIES, type ExampleQuery } from "../../graph-schema/index.js";
import { button, h, replaceChildren, uniqueId } from "../ui/dom.js";
import type { ConsoleStorage, HistoryEntry, SavedQuery, StoredQuery } from "./storage.js";

export interface Menu {
  element: HTMLDetailsElement;
  close(): void;
}

function createMenu(label: string, render: (body: HTMLElement, close: () => void) => void): Menu {
  const body = h("div", { class: "cy-menu-body" });
  const element = h("details", { class: "cy-menu" }, h("summary", { class: "btn btn-small" }, label), body);
  const close = () => {
    element.open = false;
  };
  element.addEventListener("toggle", () => {
    if (element.open) render(body, close);
  });
  element.addEventListener("keydown", (event) => {
    if (event.key !== "Escape" || !element.open) return;
    event.stopPropagation();
    close();
    element.querySelector("summary")?.focus();
  });
  document.addEventListener("pointerdown", (event) => {
    if (element.open && !element.contains(event.target as Node)) close();
  });
  return { element, close };
}

/** First line of a query, for list items. */
export function queryPreview(query: string, max = 90): string {
  const line = query.trim().replace(/\s+/g, " ");
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

function ago(iso: string, now = Date.now()): string {
  const minutes = Math.round((now - Date.parse(iso)) / 60_000);
  if (!Number.isFinite(minutes)) return "";
  if (minutes < 1) return "just now";
  if (minutes < 60) return `${minutes} min ago`;
  if (minutes < 60 * 24) return `${Math.round(minutes / 60)} h ago`;
  return new Date(iso).toLocaleDateString();
}

export function examplesMenu(onPick: (example: ExampleQuery) => void): Menu {
  return createMenu("Examples", (body, close) => {
    replaceChildren(
      body,
      h("p", { class: "cy-menu-note" }, "Runs at once (read-only, tested on the seed articles)."),
      h(
        "ul",
        { class: "cy-menu-list" },
        EXAMPLE_QUERIES.map((example) =>
          h("li", null, button(example.title, () => (close(), onPick(example)), { class: "cy-menu-item", title: queryPreview(example.query, 300) })),
        ),
      ),
    );
  });
}

export function historyMenu(storage: ConsoleStorage, onPick: (entry: HistoryEntry) => void): Menu {
  return createMenu("History", (body, close) => {
    const entries = storage.history();
    if (entries.length === 0) {
      replaceChildren(body, h("p", { class: "cy-menu-note" }, "Queries you run appear here (the last 50, kept in this browser)."));
      return;
    }
    replaceChildren(
      body,
      h(
        "ul",
        { class: "cy-menu-list" },
        entries.map((entry) =>
          h(
            "li",
            null,
            button([h("code", null, queryPreview(entry.query)), h("span", { class: "cy-menu-meta" }, ago(entry.at))], () => (close(), onPick(entry)), {
              class: "cy-menu-item",
              title: entry.query,
            }),
          ),
        ),
      ),
      h("div", { class: "cy-menu-foot" }, button("Clear history", () => (storage.clearHistory(), close()), { class: "btn btn-small" })),
    );
  });
}

export function savedMenu(storage: ConsoleStorage, current: () => StoredQuery, onPick: (entry: SavedQuery) => void): Menu {
  return createMenu("Saved", (body, close) => {
    const nameId = uniqueId("cy-save-name");
    const name = h("input", { type: "text", id: nameId, maxlength: 80, placeholder: "e.g. Weapons to Russia", autocomplete: "off" });
    const message = h("p", { class: "cy-menu-error", role: "alert" });
    const form = h(
      "form",
      { class: "cy-save" },
      h("label", { for: nameId }, "Save the current query as"),
      h("div", { class: "cy-save-row" }, name, h("button", { type: "submit", class: "btn btn-small btn-primary" }, "Save")),
      message,
    );
    const list = h("ul", { class: "cy-menu-list" });
    const renderList = (saved: SavedQuery[]) =>
      replaceChildren(
        list,
        saved.length === 0
          ? h("li", { class: "cy-menu-note" }, "No saved queries yet.")
          : saved.map((entry) =>
              h(
                "li",
                { class: "cy-saved" },
                button([h("span", { class: "cy-saved-name" }, entry.name), h("code", null, queryPreview(entry.query, 60))], () => (close(), onPick(entry)), {
                  class: "cy-menu-item",
                  title: entry.query,
                }),
                button("×", () => renderList(storage.remove(entry.name)), { class: "btn btn-small cy-delete", "aria-label": `Delete saved query ${entry.name}`, title: "Delete" }),
              ),
            ),
      );
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      const outcome = storage.save(name.value, current());
      if (!outcome.ok) {
        message.textContent = outcome.message;
        return;
      }
      message.textContent = "";
      name.value = "";
      renderList(outcome.saved);
    });
    renderList(storage.saved());
    replaceChildren(body, form, list);
    name.focus();
  });
}
