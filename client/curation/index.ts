/**
 * Curation in the explorer: upload and review of articles, curation of relations and entities from the
 * Details panel, their history, the entity registry download. `bindCuration` wires it to the explorer's
 * model, API and toolbar, and returns the Details panel extension. See README.md.
 */
import "./curation.css";

import type { Api } from "../api.js";
import type { PositionCache } from "../layout/positions.js";
import type { ExplorerModel } from "../model.js";
import type { DetailsExtension } from "../ui/details-panel.js";
import type { SearchFn } from "../ui/search-box.js";
import { createCurationApi } from "./curation-api.js";
import { entityCuration } from "./details-entity.js";
import { relationCuration } from "./details-relation.js";
import { createGraphRefresher } from "./refresh.js";
import { createReviewDialog } from "./review-dialog.js";
import { createCurationSettings } from "./settings.js";
import { createTokenPrompt } from "./token-dialog.js";
import { bindFileDrop, curationToolbarItems } from "./toolbar-items.js";

export interface CurationDeps {
  model: ExplorerModel;
  api: Api;
  cache: PositionCache;
  notify(message: string, timeoutMs?: number): void;
  /** The toolbar container; the curation entries go before its Details toggle. */
  toolbar: HTMLElement;
  selectNode(id: string): void;
  selectEdge(id: string): void;
}

export interface Curation {
  details: DetailsExtension;
}

function storage(kind: "localStorage" | "sessionStorage"): Storage | null {
  try {
    return window[kind];
  } catch {
    return null;
  }
}

export function bindCuration(deps: CurationDeps): Curation {
  const settings = createCurationSettings(storage("localStorage"), storage("sessionStorage"));
  const api = createCurationApi({ settings, askToken: createTokenPrompt() });
  const refresh = createGraphRefresher(deps.model, deps.api, deps.cache, deps.notify);
  const search: SearchFn = async (query, signal) => {
    const result = await deps.api.search(query, 10, signal);
    return result.ok ? { hits: result.value.results } : { hits: [], note: "Search is unavailable right now." };
  };
  const review = createReviewDialog({ api, readApi: deps.api, settings, search, refresh, notify: deps.notify });
  const open = (files: File[]) => void review.open(files);

  const items = curationToolbarItems({ settings, registryUrl: api.registryUrl, onFiles: open });
  deps.toolbar.insertBefore(items, deps.toolbar.querySelector('[data-toggles="details"]'));
  bindFileDrop(open);

  const sectionDeps = { api, readApi: deps.api, refresh, search, settings, notify: deps.notify, selectNode: deps.selectNode, selectEdge: deps.selectEdge };
  return {
    details: {
      entity: (details, reload) => entityCuration(details, reload, sectionDeps),
      relation: (relation, reload) => relationCuration(relation, reload, sectionDeps),
    },
  };
}
