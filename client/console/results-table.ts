/**
 * The results table: one column per returned column, a row number, 200 rows at a time. Cells are
 * text only (ui/dom.ts): nodes as "Person · Sergei Shoigu" (a link that selects the entity when it is
 * in the graph), relationships as "VISITED · a → b", paths as a chain; long cells are shortened with
 * a button that shows the full text.
 */
import type { JsonValue } from "../../graph-schema/index.js";
import { entityColor, relationColor } from "../render/styles.js";
import { button, h, replaceChildren, swatch } from "../ui/dom.js";
import { formatCell, previewText, type CellView, type NameOf } from "./cell-format.js";

export const ROWS_PER_PAGE = 200;

export interface TableLinks {
  /** Whether the entity is in the explorer's graph (then its name selects it). */
  hasNode(id: string): boolean;
  selectNode(id: string): void;
  /** Display names of the result's nodes, for relationship ends. */
  nameOf: NameOf;
}

function expandable(text: string): Node {
  const { preview, truncated } = previewText(text);
  if (!truncated) return document.createTextNode(text);
  const body = h("span", { class: "cy-cell-text" }, preview);
  let open = false;
  const toggle = button("more", () => {
    open = !open;
    body.textContent = open ? text : preview;
    toggle.textContent = open ? "less" : "more";
    toggle.setAttribute("aria-expanded", String(open));
  }, { class: "link cy-more", "aria-expanded": "false", title: "Show the whole value" });
  return h("span", null, body, " ", toggle);
}

function cellContent(view: CellView, links: TableLinks): Node {
  switch (view.kind) {
    case "null":
      return h("span", { class: "cy-null" }, "null");
    case "scalar":
      return h("span", { class: "cy-scalar" }, view.text);
    case "text":
    case "list":
    case "map":
      return expandable(view.text);
    case "node": {
      const name = links.hasNode(view.id)
        ? button(view.text, () => links.selectNode(view.id), { class: "link", title: "Select in the graph" })
        : expandable(view.text);
      return h("span", { class: "cy-item" }, swatch(entityColor(view.tag)), h("span", { class: "cy-tag" }, view.tag), name);
    }
    case "relationship":
      return h("span", { class: "cy-item" }, swatch(relationColor(view.tag), "line"), h("span", { class: "cy-tag" }, view.tag), h("span", null, view.text));
    case "path":
      return h("span", { class: "cy-item" }, h("span", { class: "cy-tag" }, view.tag), expandable(view.text));
    default: {
      const never: never = view;
      return document.createTextNode(String(never));
    }
  }
}

export function renderResultsTable(container: HTMLElement, columns: readonly string[], rows: readonly Record<string, JsonValue>[], links: TableLinks): void {
  if (columns.length === 0 || rows.length === 0) {
    replaceChildren(container, h("p", { class: "cy-empty" }, rows.length === 0 ? "The query returned no rows." : "The query returned no columns."));
    return;
  }
  const tbody = h("tbody");
  const more = button("", () => renderPage(), { class: "btn btn-small cy-more-rows" });
  let shown = 0;
  const renderPage = () => {
    const end = Math.min(rows.length, shown + ROWS_PER_PAGE);
    const fragment = document.createDocumentFragment();
    for (let i = shown; i < end; i++) {
      const row = rows[i] ?? {};
      fragment.append(
        h("tr", null, h("td", { class: "cy-rownum" }, String(i + 1)), columns.map((column) => h("td", null, cellContent(formatCell(row[column], links.nameOf), links)))),
      );
    }
    tbody.append(fragment);
    shown = end;
    const left = rows.length - shown;
    more.hidden = left === 0;
    more.textContent = `Show ${Math.min(left, ROWS_PER_PAGE).toLocaleString("en-US")} more rows (${left.toLocaleString("en-US")} left)`;
  };
  renderPage();
  const table = h(
    "table",
    { class: "cy-table" },
    h("thead", null, h("tr", null, h("th", { scope: "col", class: "cy-rownum" }, "#"), columns.map((column) => h("th", { scope: "col" }, column)))),
    tbody,
  );
  replaceChildren(container, h("div", { class: "cy-table-scroll", role: "region", "aria-label": "Result rows", tabindex: "0" }, table), more);
}
