/**
 * The audit trail of an entity, relation or article in the Details panel: who changed what, when and
 * why, newest first (the wording is history-text.ts).
 */
import type { CurationRecord } from "../../graph-schema/index.js";
import { h, replaceChildren } from "../ui/dom.js";
import type { CurationApi } from "./curation-api.js";
import { describeCurationError, type CurationTarget } from "./errors.js";
import { describeCuration, formatWhen } from "./history-text.js";

export function historyItem(record: CurationRecord, viewedId: string): HTMLLIElement {
  const summary = describeCuration(record, viewedId);
  return h(
    "li",
    { class: "history-item" },
    h("div", { class: "history-what" }, summary.title),
    summary.detail ? h("div", { class: "history-detail" }, summary.detail) : null,
    record.comment ? h("blockquote", { class: "history-why" }, record.comment) : null,
    h("div", { class: "history-meta" }, h("span", { class: "history-who" }, record.analyst), " · ", h("time", { datetime: record.at }, formatWhen(record.at))),
  );
}

/**
 * A "History" section filled from the API. `onLoaded` hears the records (e.g. to mark the entity as
 * curated); the section stays usable while loading and shows the error if the history cannot be read.
 */
export function historySection(api: CurationApi, target: CurationTarget, id: string, onLoaded?: (records: CurationRecord[]) => void): HTMLElement {
  const list = h("div", { class: "history-body" }, h("p", { class: "loading-text" }, "Loading history…"));
  const count = h("span", { class: "count" });
  const section = h("section", { class: "history", "aria-label": "History" }, h("h3", null, "History ", count), list);
  void api.history(target, id).then((result) => {
    if (!result.ok) {
      replaceChildren(list, h("p", { class: "error-text" }, describeCurationError(result.error, target)));
      return;
    }
    const records = result.value.history;
    count.textContent = `(${records.length})`;
    replaceChildren(
      list,
      records.length
        ? h("ol", { class: "history-list" }, records.map((record) => historyItem(record, id)))
        : h("p", { class: "hint" }, `No analyst has changed this ${target} yet: it is as extracted from the articles.`),
    );
    onLoaded?.(records);
  });
  return section;
}
