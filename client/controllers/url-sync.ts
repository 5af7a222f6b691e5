/**
 * Keeps the URL in step with AppState: navigation-like changes (selection, focus, path) push a history
 * entry so Back undoes them; filter and time tweaks replace the current one. Back/Forward restore.
 */
import type { AppState, Store } from "../state/app-state.js";
import { stateFromSearchParams, stateToQuery } from "../state/url-state.js";

const NAVIGATION_KEYS: readonly (keyof AppState)[] = ["selection", "focus", "path"];

export function bindUrlSync(store: Store<AppState>): () => void {
  let restoring = false;
  const unsubscribe = store.subscribe((next, prev) => {
    if (restoring) return;
    const url = `${window.location.pathname}${stateToQuery(next)}`;
    if (url === `${window.location.pathname}${window.location.search}`) return;
    const navigation = NAVIGATION_KEYS.some((key) => next[key] !== prev[key]);
    if (navigation) window.history.pushState(null, "", url);
    else window.history.replaceState(null, "", url);
  });
  const onPop = () => {
    restoring = true;
    try {
      store.set(stateFromSearchParams(new URLSearchParams(window.location.search)));
    } finally {
      restoring = false;
    }
  };
  window.addEventListener("popstate", onPop);
  return () => {
    unsubscribe();
    window.removeEventListener("popstate", onPop);
  };
}
