/**
 * The "Cypher" toolbar button and the console's lifecycle. This file is in the first bundle; the
 * console itself (CodeMirror, the table, the mapping) is a separate chunk imported on first open.
 * A URL with `?cypher=` opens the console with that query in the editor, never run (README).
 */
import "./launcher.css";

import type { LayoutController } from "../layout/layout.js";
import type { PositionCache } from "../layout/positions.js";
import type { ExplorerModel } from "../model.js";
import type { CypherLink } from "./link.js";
import { ICONS, toolButton } from "./tool-button.js";

export interface ConsoleHost {
  app: HTMLElement;
  model: ExplorerModel;
  layout: LayoutController;
  cache: PositionCache;
  fit(): void;
  /** Reloads the whole graph from the API (after "Replace view"). */
  reload(): void;
  selectNode(id: string): void;
  notify(message: string): void;
  close(): void;
}

export interface ConsolePanel {
  element: HTMLElement;
  focus(): void;
  loadLink(link: CypherLink): void;
  destroy(): void;
}

export interface ConsoleLauncher {
  button: HTMLButtonElement;
  open(link?: CypherLink): Promise<void>;
  close(): void;
}

export function bindConsoleLauncher(toolbar: HTMLElement, host: Omit<ConsoleHost, "close">): ConsoleLauncher {
  let panel: ConsolePanel | null = null;
  let loading: Promise<ConsolePanel | null> | null = null;
  const toggle = toolButton("Cypher", ICONS.console, () => (isOpen() ? launcher.close() : void launcher.open()), {
    class: "tool-cypher",
    "aria-expanded": "false",
    "aria-controls": "cypher-console",
    title: "Cypher console: read-only queries, results as a table or in the graph",
  });
  const isOpen = () => host.app.classList.contains("console-open");

  const ensurePanel = (): Promise<ConsolePanel | null> => {
    loading ??= import("./console-panel.js")
      .then(({ createConsolePanel }) => {
        panel = createConsolePanel({ ...host, close: () => launcher.close() });
        host.app.append(panel.element);
        return panel;
      })
      .catch((error: unknown) => {
        loading = null;
        host.notify(`The Cypher console could not be loaded (${error instanceof Error ? error.message : String(error)}). Reload the page and try again.`);
        return null;
      });
    return loading;
  };

  const launcher: ConsoleLauncher = {
    button: toggle,
    async open(link) {
      toggle.setAttribute("aria-busy", "true");
      const ready = await ensurePanel();
      toggle.removeAttribute("aria-busy");
      if (!ready) return;
      ready.element.hidden = false;
      host.app.classList.add("console-open");
      toggle.setAttribute("aria-expanded", "true");
      if (link) ready.loadLink(link);
      ready.focus();
    },
    close() {
      if (!panel) return;
      panel.element.hidden = true;
      host.app.classList.remove("console-open");
      toggle.setAttribute("aria-expanded", "false");
      if (host.model.store.get().cypher) host.model.store.set({ cypher: null });
      toggle.focus();
    },
  };

  const details = toolbar.querySelector('[data-toggles="details"]');
  toolbar.insertBefore(toggle, details);

  const link = host.model.store.get().cypher;
  if (link) void launcher.open(link);
  return launcher;
}
