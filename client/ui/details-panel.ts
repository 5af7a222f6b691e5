/**
 * The Details panel (<aside aria-label="Details">). A node: type, aliases, roles, navigation actions and
 * every relation grouped by type with its evidence. An edge: every piece of evidence behind it, who
 * alleges it, who denies it. Nothing selected: an overview with hints. What the loaded graph already
 * knows is shown at once; the evidence follows from the API (the latest selection wins any race).
 */
import { ENTITY_EVIDENCE_PER_RELATION, RELATION_TYPE_NAMES, type EntityDetails, type RelationDetails, type RelationType } from "../../graph-schema/index.js";
import { describeApiError, type Api } from "../api.js";
import { topBy } from "../graph/metrics.js";
import type { ExplorerModel, PathView } from "../model.js";
import { entityColor, entityLabel, relationColor, relationLabel } from "../render/styles.js";
import { button, h, idleCoalesced, replaceChildren, swatch } from "./dom.js";
import { relationCard, type EvidenceLinks } from "./evidence.js";

export interface DetailsActions extends EvidenceLinks {
  focus(id: string, depth: 1 | 2): void;
  clearFocus(): void;
  expand(id: string): void;
  collapse(id: string): void;
  hide(id: string): void;
  togglePin(id: string): void;
  pathFrom(id: string): void;
  pathTo(id: string): void;
  clearSelection(): void;
}

/** Extra sections (curation, history) under an entity's or a relation's details; `reload` re-reads the selection. */
export interface DetailsExtension {
  entity(details: EntityDetails, reload: () => void): { top: Node[]; bottom: Node[] };
  relation(relation: RelationDetails, reload: () => void): { top: Node[]; bottom: Node[] };
}

function header(kind: Node, title: string, actions: DetailsActions): HTMLElement {
  return h(
    "div",
    { class: "details-head" },
    h("div", null, kind, h("h2", null, title)),
    button("×", () => actions.clearSelection(), { class: "btn btn-small close", "aria-label": "Close details", title: "Close (Esc)" }),
  );
}

function meta(rows: [string, string | Node | null][]): HTMLDListElement {
  return h("dl", { class: "meta" }, rows.filter(([, value]) => value !== null && value !== "").flatMap(([term, value]) => [h("dt", null, term), h("dd", null, value)]));
}

function nodeActions(id: string, model: ExplorerModel, actions: DetailsActions): HTMLElement {
  const state = model.store.get();
  const focused = state.focus?.id === id;
  const pinned = state.pinned.includes(id);
  return h(
    "div",
    { class: "actions", role: "group", "aria-label": "Entity actions" },
    focused ? button("Clear focus", () => actions.clearFocus()) : button("Focus", () => actions.focus(id, 1), { title: "Show only this entity and its neighbours" }),
    button("Focus 2 hops", () => actions.focus(id, 2)),
    button("Expand", () => actions.expand(id), { title: "Load all neighbours from the database" }),
    button("Collapse", () => actions.collapse(id), { title: "Hide neighbours connected only through this entity" }),
    button(pinned ? "Unpin" : "Pin", () => actions.togglePin(id), { "aria-pressed": String(pinned), title: "Pinned entities stay visible and fixed during layout" }),
    button("Hide", () => actions.hide(id)),
    button("Path from here", () => actions.pathFrom(id)),
    button("Path to here", () => actions.pathTo(id)),
  );
}

function renderEntity(details: EntityDetails, model: ExplorerModel, actions: DetailsActions): Node[] {
  const groups = new Map<RelationType, RelationDetails[]>();
  for (const relation of details.relations) {
    const list = groups.get(relation.relationType) ?? [];
    list.push(relation);
    groups.set(relation.relationType, list);
  }
  const selectedEdge = model.store.get().selection;
  const sections = RELATION_TYPE_NAMES.filter((type) => groups.has(type)).map((type) => {
    const relations = groups.get(type) ?? [];
    return h(
      "section",
      { class: "group" },
      h("h3", null, swatch(relationColor(type), "line"), relationLabel(type), h("span", { class: "count" }, `(${relations.length})`)),
      h(
        "ul",
        { class: "relations" },
        relations.map((relation) =>
          relationCard(relation, actions, { perspective: details.entity.id, selected: selectedEdge?.id === relation.id, maxEvidence: ENTITY_EVIDENCE_PER_RELATION }),
        ),
      ),
    );
  });
  return sections.length ? sections : [h("p", { class: "hint" }, "No relations recorded for this entity.")];
}

function renderPath(path: PathView, model: ExplorerModel, actions: DetailsActions): Node[] {
  const hops = path.body.hops ?? [];
  return [
    h(
      "div",
      { class: "details-head" },
      h("div", null, h("span", { class: "chip" }, "Shortest path"), h("h2", null, `${path.body.from.name} → ${path.body.to.name}`)),
      button("×", () => model.store.set({ path: null }), { class: "btn btn-small close", "aria-label": "Clear path", title: "Clear path" }),
    ),
    h("p", { class: "hint" }, `${hops.length} hop${hops.length === 1 ? "" : "s"}, each with the evidence behind it.`),
    h("ol", { class: "relations hops", "aria-label": "Path hops" }, hops.map((hop) => relationCard(hop.relation, actions, { perspective: null, selected: false, maxEvidence: 2 }))),
  ];
}

function renderOverview(model: ExplorerModel, actions: DetailsActions): Node[] {
  const top = topBy(model.derived().degree, 6);
  return [
    h(
      "div",
      { class: "empty-details" },
      h("h2", null, "Explore the network"),
      h("p", null, `${model.graph.order.toLocaleString("en-US")} entities and ${model.graph.size.toLocaleString("en-US")} relations loaded. Every relation is backed by sentences from the articles.`),
      h(
        "ul",
        null,
        h("li", null, "Search an entity by name or alias (press /)."),
        h("li", null, "Click a node or an edge to read its evidence."),
        h("li", null, "Double-click a node to load its neighbours; drag to move it."),
        h("li", null, "Filters, time window and selection are kept in the URL: share it."),
      ),
      top.length ? h("h3", null, "Most connected") : null,
      top.length
        ? h(
            "ul",
            { class: "top-list" },
            top.map(({ id, value }) => {
              const attrs = model.graph.getNodeAttributes(id);
              return h("li", null, swatch(entityColor(attrs.entityType)), button(attrs.label, () => actions.selectNode(id), { class: "link" }), h("span", { class: "value" }, String(value)));
            }),
          )
        : null,
    ),
  ];
}

export function bindDetailsPanel(container: HTMLElement, model: ExplorerModel, api: Api, actions: DetailsActions, extension?: DetailsExtension): () => void {
  const { store, graph } = model;
  let token = 0;

  let shownPath: PathView | null = null;
  const renderOverviewWhenIdle = idleCoalesced(() => {
    if (!store.get().selection) render();
  });
  const render = () => {
    const current = ++token;
    shownPath = model.path();
    const selection = store.get().selection;
    container.scrollTop = 0;
    if (!selection) {
      const path = model.path();
      replaceChildren(container, path ? renderPath(path, model, actions) : renderOverview(model, actions));
      return;
    }
    if (selection.kind === "node") {
      const id = selection.id;
      const attrs = graph.hasNode(id) ? graph.getNodeAttributes(id) : null;
      const type = attrs ? h("span", { class: "chip" }, swatch(entityColor(attrs.entityType)), entityLabel(attrs.entityType)) : h("span", { class: "chip" }, "Entity");
      const top = [
        header(type, attrs?.label ?? id, actions),
        meta([
          ["Aliases", attrs?.aliases.length ? attrs.aliases.join(", ") : null],
          ["Roles", attrs?.roles.length ? attrs.roles.join("; ") : null],
          ["Mentioned in", attrs ? `${attrs.mentionCount} article${attrs.mentionCount === 1 ? "" : "s"}` : null],
          ["Relations shown", graph.hasNode(id) ? String(model.view().degree.get(id) ?? 0) : null],
        ]),
        nodeActions(id, model, actions),
      ];
      const body = h("div", { class: "details-body" }, h("p", { class: "loading-text" }, "Loading relations and evidence…"));
      replaceChildren(container, top, body);
      void api.entity(id).then((result) => {
        if (current !== token) return;
        if (!result.ok) {
          replaceChildren(body, h("p", { class: "error-text" }, describeApiError(result.error)));
          return;
        }
        const { entity } = result.value;
        const extra = extension?.entity(result.value, render) ?? { top: [], bottom: [] };
        replaceChildren(
          container,
          header(h("span", { class: "chip" }, swatch(entityColor(entity.entityType)), entityLabel(entity.entityType)), entity.name, actions),
          meta([
            ["Aliases", entity.aliases.length ? entity.aliases.join(", ") : null],
            ["Roles", entity.roles.length ? entity.roles.join("; ") : null],
            ["Mentioned in", `${entity.mentionCount} article${entity.mentionCount === 1 ? "" : "s"}`],
            ["Relations", String(result.value.relations.length)],
          ]),
          nodeActions(id, model, actions),
          extra.top,
          renderEntity(result.value, model, actions),
          extra.bottom,
        );
      });
      return;
    }
    const id = selection.id;
    const attrs = graph.hasEdge(id) ? graph.getEdgeAttributes(id) : null;
    const kind = h("span", { class: "chip" }, swatch(relationColor(attrs?.relationType ?? ""), "line"), attrs ? relationLabel(attrs.relationType) : "Relation");
    const title = attrs ? `${graph.getNodeAttribute(graph.source(id), "label")} → ${graph.getNodeAttribute(graph.target(id), "label")}` : id;
    const body = h("div", { class: "details-body" }, h("p", { class: "loading-text" }, "Loading evidence…"));
    replaceChildren(container, header(kind, title, actions), body);
    void api.relation(id).then((result) => {
      if (current !== token) return;
      if (!result.ok) {
        replaceChildren(body, h("p", { class: "error-text" }, describeApiError(result.error)));
        return;
      }
      const relation = result.value;
      // Not in the loaded graph (e.g. rejected): name it from the API.
      if (!attrs) container.querySelector(".details-head h2")?.replaceChildren(`${relation.source.name} → ${relation.target.name}`);
      const extra = extension?.relation(relation, render) ?? { top: [], bottom: [] };
      replaceChildren(
        body,
        meta([
          ["First reported", relation.firstReported ?? "unknown"],
          ["Last reported", relation.lastReported ?? "unknown"],
          ["Evidence", `${relation.evidence.length} sentence${relation.evidence.length === 1 ? "" : "s"}`],
        ]),
        extra.top,
        h("ul", { class: "relations" }, relationCard(relation, actions, { perspective: null, selected: false })),
        extra.bottom,
      );
    });
  };

  // A shared selection shows at once; the overview waits like its later renders (at page start it would
  // force a second layout of the page before the graph has even arrived).
  if (store.get().selection) render();
  else renderOverviewWhenIdle();
  const offs = [
    store.subscribe((next, prev) => {
      const selectionChanged =
        next.selection?.kind !== prev.selection?.kind || next.selection?.id !== prev.selection?.id;
      const nodeStateChanged = next.selection?.kind === "node" && (next.pinned !== prev.pinned || next.focus !== prev.focus);
      if (selectionChanged || nodeStateChanged) render();
    }),
    // The overview (counts, most connected) waits for an idle moment: after a load it must not delay
    // the first frame of the graph, and a graph event and a view event in a row render it once.
    model.on("graph", () => {
      if (!store.get().selection) renderOverviewWhenIdle();
    }),
    model.on("view", () => {
      if (!store.get().selection && model.path() !== shownPath) renderOverviewWhenIdle();
    }),
  ];
  return () => offs.forEach((off) => off());
}
