/**
 * The "Export" toolbar button. The menu itself (and @sigma/export-image) is a separate chunk, loaded
 * on first open, so the explorer's first render does not pay for it.
 */
import type { ExplorerModel } from "../model.js";
import type { ExplorerSigma } from "../render/renderer.js";
import { ICONS, toolButton } from "../console/tool-button.js";

export interface ExportHost {
  model: ExplorerModel;
  sigma: ExplorerSigma;
  notify(message: string): void;
}

export interface ExportPanel {
  element: HTMLElement;
  open(anchor: HTMLElement): void;
  close(): void;
  isOpen(): boolean;
}

export function bindExportLauncher(toolbar: HTMLElement, host: ExportHost): HTMLButtonElement {
  let loading: Promise<ExportPanel | null> | null = null;
  const toggle: HTMLButtonElement = toolButton("Export", ICONS.export, () => void onClick(), {
    class: "tool-export",
    "aria-haspopup": "dialog",
    "aria-expanded": "false",
    "aria-controls": "export-panel",
    title: "Export the view, the selection, an ego network or the last Cypher result (PNG, SVG, HTML report, GraphML, GEXF, CSV, JSON, Cypher)",
  });

  const ensurePanel = () => {
    loading ??= import("./export-panel.js")
      .then(({ createExportPanel }) => {
        const panel = createExportPanel(host, (open) => toggle.setAttribute("aria-expanded", String(open)));
        document.body.append(panel.element);
        return panel;
      })
      .catch((error: unknown) => {
        loading = null;
        host.notify(`The Export menu could not be loaded (${error instanceof Error ? error.message : String(error)}). Reload the page and try again.`);
        return null;
      });
    return loading;
  };

  async function onClick(): Promise<void> {
    toggle.setAttribute("aria-busy", "true");
    const panel = await ensurePanel();
    toggle.removeAttribute("aria-busy");
    if (!panel) return;
    if (panel.isOpen()) panel.close();
    else panel.open(toggle);
  }

  toolbar.insertBefore(toggle, toolbar.querySelector('[data-toggles="details"]'));
  return toggle;
}
