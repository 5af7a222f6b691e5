/**
 * What the Details panel's curation sections share: their dependencies, a message that survives the
 * panel's reload (the outcome of the last action on that item), and one way to finish an action —
 * on success or on a stale version (409) the graph and the panel are re-read; other errors stay in the
 * form so the analyst can fix the input and try again.
 */
import type { Result } from "../../graph-schema/index.js";
import type { Api } from "../api.js";
import { h } from "../ui/dom.js";
import type { SearchFn } from "../ui/search-box.js";
import type { CurationApi } from "./curation-api.js";
import { describeCurationError, needsReload, type CurationError, type CurationTarget } from "./errors.js";
import type { GraphRefresher } from "./refresh.js";
import type { CurationSettings } from "./settings.js";

export interface DetailsCurationDeps {
  api: CurationApi;
  readApi: Api;
  refresh: GraphRefresher;
  search: SearchFn;
  notify(message: string, timeoutMs?: number): void;
  selectNode(id: string): void;
  selectEdge(id: string): void;
  settings: CurationSettings;
}

/** The analyst's name, editable where the changes are made (the history records it). */
export function analystField(settings: CurationSettings): HTMLLabelElement {
  const input = h("input", { type: "text", "aria-label": "Analyst name", placeholder: "Your name, for the history", maxlength: "100", autocomplete: "name" });
  input.value = settings.analyst() ?? "";
  input.addEventListener("change", () => settings.setAnalyst(input.value));
  return h("label", { class: "cur-as" }, h("span", null, "Changes recorded as"), input);
}

export interface Flash {
  kind: "ok" | "error";
  text: string;
}

/** Messages waiting for the next render of an item's panel (by entity or relation id). */
const flashes = new Map<string, Flash>();

export function setFlash(id: string, flash: Flash): void {
  flashes.set(id, flash);
}

/** The message for this item, shown once. */
export function takeFlash(id: string): HTMLElement | null {
  const flash = flashes.get(id);
  if (!flash) return null;
  flashes.delete(id);
  return flash.kind === "error"
    ? h("p", { class: "cur-flash is-error", role: "alert" }, flash.text)
    : h("p", { class: "cur-flash is-ok", role: "status" }, flash.text);
}

export interface Finish<T> {
  target: CurationTarget;
  /** The item whose panel shows the outcome. */
  id: string;
  ok: (value: T) => string;
  /** Re-reads what the action touched (graph and panel). */
  reread: (value: T | null) => Promise<void>;
}

/**
 * Ends an action: resolves to the message the form should keep showing (null when the panel moves on).
 * A conflict is not the form's fault: the current state is re-read and the message explains why.
 */
export async function finish<T>(result: Result<T, CurationError>, how: Finish<T>): Promise<string | null> {
  if (result.ok) {
    setFlash(how.id, { kind: "ok", text: how.ok(result.value) });
    await how.reread(result.value);
    return null;
  }
  const message = describeCurationError(result.error, how.target);
  if (!needsReload(result.error)) return message;
  setFlash(how.id, { kind: "error", text: message });
  await how.reread(null);
  return null;
}

/** The "curated" badge, the same treatment as on relation cards. */
export function curatedBadge(title: string): HTMLSpanElement {
  return h("span", { class: "badge badge-curated", title }, "curated");
}
