/**
 * Binds "Replace view" / "Add to view" (apply-to-view.ts) to the explorer's model, layout controller
 * and position cache: sizes by degree for the overlap removal, as on load.
 */
import { computeDegree } from "../graph/metrics.js";
import { cachePositions, initialLayout } from "../layout/layout.js";
import { sizesFromMetric } from "../render/reducers.js";
import type { ApplyDeps } from "./apply-to-view.js";
import type { ConsoleHost } from "./launcher.js";

export function applyDeps(host: Pick<ConsoleHost, "model" | "layout" | "cache" | "fit">): ApplyDeps {
  const { model, layout, cache } = host;
  return {
    target: { graph: model.graph, store: model.store, graphChanged: () => model.graphChanged(), visibleNodes: () => model.view().nodes },
    layout: {
      initial(graph) {
        const sizes = sizesFromMetric(computeDegree(graph), false);
        return initialLayout(graph, cache, false, (node) => sizes.get(node) ?? 4) === "seeded";
      },
      refine(ms) {
        layout.start();
        window.setTimeout(() => layout.stop(), ms);
      },
      stop: () => layout.stop(),
      remember: (graph) => cachePositions(graph, cache),
    },
    fit: host.fit,
  };
}
