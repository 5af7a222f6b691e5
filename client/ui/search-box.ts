/**
 * Entity search as an ARIA 1.2 combobox: an input with a listbox popup, arrow keys to move,
 * Enter to choose, Escape to close. Results show the entity type and, when an alias matched
 * ("Korea Utara", "Pyongyang"), which one. Used for the main search and the path pickers.
 */
import type { SearchHit } from "../../graph-schema/index.js";
import { entityColor, entityLabel } from "../render/styles.js";
import { h, replaceChildren, swatch, uniqueId } from "./dom.js";

export type SearchFn = (query: string, signal: AbortSignal) => Promise<{ hits: SearchHit[]; note?: string }>;

export interface SearchBoxOptions {
  label: string;
  placeholder: string;
  search: SearchFn;
  onChoose: (hit: SearchHit) => void;
  /** Keep the chosen name in the input (path pickers) or clear it (main search). */
  keepChoice?: boolean;
}

export interface SearchBox {
  element: HTMLElement;
  input: HTMLInputElement;
  setText(text: string): void;
}

export function createSearchBox(options: SearchBoxOptions): SearchBox {
  const listId = uniqueId("listbox");
  const input = h("input", {
    type: "search",
    role: "combobox",
    "aria-label": options.label,
    "aria-autocomplete": "list",
    "aria-expanded": "false",
    "aria-controls": listId,
    placeholder: options.placeholder,
    autocomplete: "off",
    spellcheck: "false",
  });
  const list = h("ul", { id: listId, class: "listbox", role: "listbox", "aria-label": `${options.label} results` });
  list.hidden = true;
  const element = h("div", { class: "combobox" }, h("span", { class: "search-icon", "aria-hidden": "true" }), input, list);

  let hits: SearchHit[] = [];
  let active = -1;
  let timer: number | undefined;
  let controller: AbortController | null = null;

  const optionId = (index: number) => `${listId}-opt-${index}`;

  const close = () => {
    list.hidden = true;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
    active = -1;
  };

  const setActive = (index: number) => {
    active = index;
    list.querySelectorAll<HTMLLIElement>("[role=option]").forEach((li, i) => li.setAttribute("aria-selected", String(i === index)));
    if (index >= 0) {
      input.setAttribute("aria-activedescendant", optionId(index));
      document.getElementById(optionId(index))?.scrollIntoView({ block: "nearest" });
    } else input.removeAttribute("aria-activedescendant");
  };

  const choose = (index: number) => {
    const hit = hits[index];
    if (!hit) return;
    close();
    input.value = options.keepChoice ? hit.name : "";
    options.onChoose(hit);
  };

  const render = (note?: string) => {
    const items = hits.map((hit, index) => {
      const li = h(
        "li",
        { id: optionId(index), role: "option", "aria-selected": "false" },
        swatch(entityColor(hit.entityType)),
        h("span", { class: "hit-name" }, hit.name),
        hit.matched && hit.matched.toLowerCase() !== hit.name.toLowerCase() ? h("span", { class: "hit-alias" }, `“${hit.matched}”`) : null,
        h("span", { class: "hit-meta" }, entityLabel(hit.entityType)),
      );
      li.addEventListener("mousedown", (event) => {
        event.preventDefault();
        choose(index);
      });
      return li;
    });
    replaceChildren(list, items.length ? items : h("li", { class: "empty", role: "presentation" }, note ?? "No entity matches"));
    if (note && items.length) list.append(h("li", { class: "empty", role: "presentation" }, note));
    list.hidden = false;
    input.setAttribute("aria-expanded", "true");
    setActive(hits.length ? 0 : -1);
  };

  const run = () => {
    const query = input.value.trim();
    controller?.abort();
    if (!query) {
      hits = [];
      close();
      return;
    }
    controller = new AbortController();
    const signal = controller.signal;
    void options.search(query, signal).then((result) => {
      if (signal.aborted || input.value.trim() !== query) return;
      hits = result.hits;
      render(result.note);
    });
  };

  input.addEventListener("input", () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(run, 120);
  });
  input.addEventListener("keydown", (event) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (list.hidden) {
        run();
        return;
      }
      if (!hits.length) return;
      const step = event.key === "ArrowDown" ? 1 : -1;
      setActive((active + step + hits.length) % hits.length);
    } else if (event.key === "Enter") {
      event.preventDefault();
      if (!list.hidden && active >= 0) choose(active);
      else {
        window.clearTimeout(timer);
        run();
      }
    } else if (event.key === "Escape") {
      if (!list.hidden) {
        event.preventDefault();
        close();
      }
    }
  });
  input.addEventListener("blur", () => window.setTimeout(close, 100));

  return {
    element,
    input,
    setText(text) {
      input.value = text;
    },
  };
}
