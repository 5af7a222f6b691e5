/**
 * The filters sidebar: relation types, statuses, entity types, involved countries, minimum degree and
 * minimum number of sources. Built once; each control is then synced from AppState (so Back/Forward
 * and shared URLs show in the controls) and its count from the view ("visited 12"), live.
 */
import {
  ENTITY_TYPE_NAMES,
  RELATION_STATUSES,
  RELATION_STATUS_NAMES,
  RELATION_TYPES,
  RELATION_TYPE_NAMES,
} from "../../graph-schema/index.js";
import { chooseCountries } from "../graph/country-choices.js";
import { countVisible } from "../graph/view.js";
import type { ExplorerModel } from "../model.js";
import { entityColor, entityLabel, relationColor, relationLabel } from "../render/styles.js";
import { DEFAULT_FILTERS, toggleIn, toggleInAll, type AppState } from "../state/app-state.js";
import { button, h, idleCoalesced, replaceChildren, swatch } from "./dom.js";

/** Checkbox rows the countries list holds at most: thousands of them would freeze the page. */
const COUNTRY_ROWS_MAX = 60;

type Sync = (state: AppState, counts: ReturnType<typeof countVisible>) => void;

function section(title: string, ...children: Node[]): HTMLDetailsElement {
  return h("details", { class: "section", open: true }, h("summary", null, title), h("div", { class: "section-body" }, children));
}

function checkRow(label: Node[], title: string | undefined, onToggle: () => void) {
  const input = h("input", { type: "checkbox" });
  const count = h("span", { class: "count" });
  const row = h("label", { class: "check", ...(title ? { title } : {}) }, input, ...label, count);
  input.addEventListener("change", onToggle);
  return {
    row,
    set(checked: boolean, value: number | undefined) {
      input.checked = checked;
      count.textContent = value === undefined ? "" : String(value);
      row.classList.toggle("dim", !value);
    },
  };
}

function slider(label: string, min: number, max: number, onInput: (value: number) => void) {
  const input = h("input", { type: "range", min, max, step: 1, "aria-label": label });
  const output = h("output");
  input.addEventListener("input", () => onInput(Number(input.value)));
  const element = h("label", { class: "field" }, h("span", { class: "field-label" }, h("span", null, label), output), input);
  return {
    element,
    set(value: number) {
      input.value = String(value);
      output.textContent = String(value);
    },
  };
}

export function bindFiltersPanel(container: HTMLElement, model: ExplorerModel): () => void {
  const { store } = model;
  const syncs: Sync[] = [];
  const setFilters = (update: (f: AppState["filters"]) => Partial<AppState["filters"]>) =>
    store.set((state) => ({ filters: { ...state.filters, ...update(state.filters) } }));

  const relationRows = RELATION_TYPE_NAMES.map((type) => {
    const row = checkRow([swatch(relationColor(type), "line"), h("span", null, relationLabel(type))], RELATION_TYPES[type].description, () =>
      setFilters((f) => ({ relationTypes: toggleInAll(f.relationTypes, RELATION_TYPE_NAMES, type) })),
    );
    syncs.push((state, counts) => row.set(state.filters.relationTypes?.includes(type) ?? true, counts.relationTypes.get(type)));
    return row.row;
  });
  const onlyAll = h(
    "div",
    { class: "row" },
    button("All", () => setFilters(() => ({ relationTypes: null })), { class: "btn btn-small" }),
    button("None", () => setFilters(() => ({ relationTypes: [] })), { class: "btn btn-small" }),
  );

  const statusRows = RELATION_STATUS_NAMES.map((status) => {
    const description =
      status === "denied" ? `${RELATION_STATUSES[status].description} Also matches alleged relations someone denies.` : RELATION_STATUSES[status].description;
    const row = checkRow([h("span", { class: `badge badge-${status}` }, RELATION_STATUSES[status].label)], description, () =>
      setFilters((f) => ({ statuses: toggleInAll(f.statuses, RELATION_STATUS_NAMES, status) })),
    );
    syncs.push((state, counts) => row.set(state.filters.statuses?.includes(status) ?? true, counts.statuses.get(status)));
    return row.row;
  });

  const entityRows = ENTITY_TYPE_NAMES.map((type) => {
    const row = checkRow([swatch(entityColor(type)), h("span", null, entityLabel(type))], undefined, () =>
      setFilters((f) => ({ entityTypes: toggleInAll(f.entityTypes, ENTITY_TYPE_NAMES, type) })),
    );
    syncs.push((state, counts) => row.set(state.filters.entityTypes?.includes(type) ?? true, counts.entityTypes.get(type)));
    return row.row;
  });

  const countryList = h("div", { class: "scroll-list", role: "group", "aria-label": "Involving countries" });
  const countryQuery = h("input", { type: "search", class: "country-query", placeholder: "Find a country…", "aria-label": "Find a country" });
  const countryHint = h("p", { class: "hint", "aria-live": "polite" });
  let countrySyncs: Sync[] = [];
  const buildCountries = () => {
    countrySyncs = [];
    const all = model.derived().countries;
    const { shown, matching } = chooseCountries(all, model.derived().degree, store.get().filters.countries, countryQuery.value, COUNTRY_ROWS_MAX);
    countryQuery.hidden = all.length <= COUNTRY_ROWS_MAX;
    countryHint.hidden = matching <= shown.length;
    countryHint.textContent = `The ${shown.length} most involved of ${matching.toLocaleString("en-US")}: type to find the others.`;
    replaceChildren(
      countryList,
      shown.length
        ? shown.map(({ id, label }) => {
            const row = checkRow([h("span", null, label)], undefined, () => setFilters((f) => ({ countries: toggleIn(f.countries, id) })));
            countrySyncs.push((state) => row.set(state.filters.countries.includes(id), undefined));
            return row.row;
          })
        : h("p", { class: "hint" }, all.length ? "No country matches." : "No countries loaded."),
    );
  };
  countryQuery.addEventListener("input", () => {
    buildCountries();
    sync();
  });

  const minDegree = slider("Min degree", 0, 10, (value) => setFilters(() => ({ minDegree: value })));
  const minSources = slider("Min independent sources", 1, 5, (value) => setFilters(() => ({ minSources: value })));
  syncs.push((state) => {
    minDegree.set(state.filters.minDegree);
    minSources.set(state.filters.minSources);
  });

  const hiddenText = h("span", { class: "hint" });
  const unhide = button("Show hidden", () => store.set({ hidden: [] }), { class: "btn btn-small" });
  const hiddenRow = h("div", { class: "row" }, hiddenText, unhide);
  syncs.push((state) => {
    hiddenRow.hidden = state.hidden.length === 0;
    hiddenText.textContent = `${state.hidden.length} hidden ${state.hidden.length === 1 ? "entity" : "entities"}`;
  });

  const reset = button(
    "Reset filters",
    () => store.set((state) => ({ filters: DEFAULT_FILTERS, time: { ...state.time, from: null, to: null }, focus: null, hidden: [] })),
    { class: "btn" },
  );

  replaceChildren(
    container,
    section("Relations", onlyAll, ...relationRows),
    section("Status", ...statusRows),
    section("Entities", ...entityRows),
    section("Involving countries", countryQuery, countryList, countryHint, h("p", { class: "hint" }, "Relations touching these countries or their people.")),
    section("Thresholds", minDegree.element, minSources.element, h("p", { class: "hint" }, "Min degree 0 also shows isolated entities.")),
    h("div", { class: "filter-actions" }, reset, hiddenRow),
  );

  // Checkboxes follow the state at once (they must show it before the next click); the counts beside
  // them take a pass over every visible item, so they follow at the next idle moment.
  let counts = countVisible(model.graph, model.view());
  const sync = () => {
    const state = store.get();
    for (const apply of [...syncs, ...countrySyncs]) apply(state, counts);
  };
  const recount = idleCoalesced(() => {
    counts = countVisible(model.graph, model.view());
    sync();
  });
  buildCountries();
  sync();
  const offs = [
    model.on(
      "graph",
      idleCoalesced(() => {
        buildCountries();
        sync();
      }),
    ),
    model.on("view", () => {
      sync();
      recount();
    }),
  ];
  return () => offs.forEach((off) => off());
}
