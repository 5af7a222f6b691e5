/**
 * Analysis: degree, betweenness and PageRank rankings (graphology-metrics) and Louvain communities with
 * a colour-by-community toggle. Costly metrics run on demand; betweenness asks first on large graphs.
 */
import { BETWEENNESS_CONFIRM_ABOVE, topBy } from "../graph/metrics.js";
import type { ExplorerModel } from "../model.js";
import { entityColor } from "../render/styles.js";
import { button, h, idleCoalesced, replaceChildren, swatch } from "./dom.js";

type Ranking = "degree" | "betweenness" | "pagerank";

export function bindAnalysisPanel(container: HTMLElement, model: ExplorerModel, selectNode: (id: string) => void): () => void {
  const { store, graph } = model;
  let ranking: Ranking = "degree";

  const rankingSelect = h(
    "select",
    { "aria-label": "Rank entities by" },
    h("option", { value: "degree" }, "Degree"),
    h("option", { value: "betweenness" }, "Betweenness"),
    h("option", { value: "pagerank" }, "PageRank"),
  );
  const list = h("ol", { class: "top-list", "aria-label": "Top entities" });
  const communityText = h("p", { class: "hint" });
  const communityToggle = h("input", { type: "checkbox" });
  const detect = button("Detect communities", () => model.ensureMetric("communities"), { class: "btn btn-small" });

  const metricFor = (name: Ranking): ReadonlyMap<string, number> | null => {
    const derived = model.derived();
    if (name === "degree") return derived.degree;
    return name === "pagerank" ? derived.pagerank : derived.betweenness;
  };

  const renderList = () => {
    const metric = metricFor(ranking);
    if (!metric) {
      replaceChildren(list, h("li", { class: "hint" }, "Computing…"));
      const name = ranking === "pagerank" ? "pagerank" : "betweenness";
      window.setTimeout(() => model.ensureMetric(name), 0);
      return;
    }
    const format = (value: number) => (ranking === "degree" ? String(value) : value.toFixed(3));
    replaceChildren(
      list,
      topBy(metric, 8)
        .filter(({ id }) => graph.hasNode(id))
        .map(({ id, value }) => {
          const attrs = graph.getNodeAttributes(id);
          return h("li", null, swatch(entityColor(attrs.entityType)), button(attrs.label, () => selectNode(id), { class: "link" }), h("span", { class: "value" }, format(value)));
        }),
    );
  };

  const renderCommunities = () => {
    const communities = model.derived().communities;
    communityText.textContent = communities
      ? `${communities.count} communities · modularity ${communities.modularity.toFixed(2)}`
      : "Louvain modularity communities, computed on demand.";
    detect.hidden = communities !== null;
    communityToggle.checked = store.get().colorBy === "community";
  };

  rankingSelect.addEventListener("change", () => {
    const next = rankingSelect.value as Ranking;
    const costly = next === "betweenness" && !metricFor(next) && graph.order > BETWEENNESS_CONFIRM_ABOVE;
    if (costly && !window.confirm(`Betweenness on ${graph.order} nodes may take a while. Compute it?`)) {
      rankingSelect.value = ranking;
      return;
    }
    ranking = next;
    renderList();
  });
  communityToggle.addEventListener("change", () => store.set({ colorBy: communityToggle.checked ? "community" : "type" }));

  replaceChildren(
    container,
    h(
      "details",
      { class: "section", open: true },
      h("summary", null, "Analysis"),
      h(
        "div",
        { class: "section-body" },
        h("label", { class: "field" }, h("span", { class: "field-label" }, "Top entities by"), rankingSelect),
        list,
        h("label", { class: "check" }, communityToggle, "Colour by community"),
        communityText,
        detect,
      ),
    ),
  );
  const refresh = () => {
    renderList();
    renderCommunities();
  };
  refresh();
  const offs = [
    model.on("graph", idleCoalesced(refresh)),
    model.on("metrics", refresh),
    store.subscribe((next, prev) => {
      if (next.colorBy !== prev.colorBy) renderCommunities();
    }),
  ];
  return () => offs.forEach((off) => off());
}
