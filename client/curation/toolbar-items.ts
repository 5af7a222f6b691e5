/**
 * The curation entries of the toolbar: "Add articles" (file picker, several .txt/.md/.json at once),
 * drag and drop of files anywhere on the page, and a "Curation" popover with the analyst's name,
 * the write token (once the server asked for one) and the entity registry download.
 */
import { button, h, replaceChildren, uniqueId } from "../ui/dom.js";
import { ACCEPTED_EXTENSIONS } from "./files.js";
import type { CurationSettings } from "./settings.js";

export interface ToolbarItemsDeps {
  settings: CurationSettings;
  registryUrl: string;
  onFiles(files: File[]): void;
}

function settingsPopover(deps: ToolbarItemsDeps, close: () => void): { element: HTMLElement; dispose(): void } {
  const { settings } = deps;
  const name = h("input", { type: "text", "aria-label": "Analyst name", placeholder: "e.g. Rina", maxlength: "100", autocomplete: "name" });
  name.value = settings.analyst() ?? "";
  name.addEventListener("change", () => settings.setAnalyst(name.value));
  name.addEventListener("keydown", (event) => {
    if (event.key === "Enter") {
      settings.setAnalyst(name.value);
      close();
    }
  });
  const token = h("div", { class: "cur-token-line" });
  const renderToken = () =>
    replaceChildren(
      token,
      settings.token()
        ? [h("span", null, "A write token is set for this tab."), button("Forget token", () => settings.setToken(null), { class: "link" })]
        : h("span", { class: "hint" }, "No write token: you will be asked for one if the server needs it."),
    );
  renderToken();
  const dispose = settings.onChange(renderToken);
  const element = h(
    "div",
    { class: "cur-popover-body" },
    h("label", { class: "cur-field" }, h("span", { class: "cur-field-label" }, "Analyst name"), name, h("span", { class: "hint" }, "Recorded with every change you make (kept in this browser).")),
    token,
    h(
      "p",
      { class: "cur-registry" },
      h("a", { href: deps.registryUrl, download: "newsgraph-registry.json", class: "link" }, "Download entity registry"),
      h("span", { class: "hint" }, " — aliases and merges made by analysts, as a gazetteer JSON file."),
    ),
  );
  return { element, dispose };
}

export function curationToolbarItems(deps: ToolbarItemsDeps): HTMLElement {
  const input = h("input", { type: "file", multiple: true, accept: ACCEPTED_EXTENSIONS.join(","), "aria-label": "Article files", class: "cur-file-input" });
  input.addEventListener("change", () => {
    const files = [...(input.files ?? [])];
    input.value = "";
    if (files.length) deps.onFiles(files);
  });
  // Short labels on narrow screens; the accessible names stay the same.
  const add = button([h("span", { class: "cur-long" }, "Add articles"), h("span", { class: "cur-short", "aria-hidden": "true" }, "+ Add")], () => input.click(), {
    class: "cur-add",
    "aria-label": "Add articles",
    title: "Upload .txt, .md or .json articles to review before they enter the graph (or drop files on the page)",
  });

  const popoverId = uniqueId("curation-settings");
  const toggle = button([h("span", { class: "cur-long" }, "Curation"), h("span", { class: "cur-short", "aria-hidden": "true" }, "✎")], () => setOpen(popover.hidden), {
    "aria-expanded": "false",
    "aria-controls": popoverId,
    "aria-label": "Curation",
    class: "cur-settings-toggle",
    title: "Analyst name, write token, entity registry",
  });
  const popover = h("div", { id: popoverId, class: "cur-popover", role: "dialog", "aria-label": "Curation settings" });
  popover.hidden = true;
  let content: ReturnType<typeof settingsPopover> | null = null;
  const setOpen = (open: boolean) => {
    popover.hidden = !open;
    toggle.setAttribute("aria-expanded", String(open));
    content?.dispose();
    content = null;
    if (open) {
      content = settingsPopover(deps, () => setOpen(false));
      replaceChildren(popover, content.element);
      popover.querySelector("input")?.focus();
    }
  };
  popover.addEventListener("keydown", (event) => {
    if (event.key === "Escape") {
      event.stopPropagation();
      setOpen(false);
      toggle.focus();
    }
  });
  document.addEventListener("pointerdown", (event) => {
    if (!popover.hidden && !group.contains(event.target as Node)) setOpen(false);
  });
  const group = h("div", { class: "cur-toolbar", role: "group", "aria-label": "Curation" }, add, toggle, popover, input);
  return group;
}

/** Drag and drop of files anywhere on the page; an overlay says what dropping does. */
export function bindFileDrop(onFiles: (files: File[]) => void): () => void {
  const overlay = h(
    "div",
    { class: "cur-drop", "aria-hidden": "true" },
    h("div", { class: "cur-drop-card" }, h("strong", null, "Drop articles to review them"), h("span", null, ".txt, .md or .json — nothing enters the graph before you commit")),
  );
  overlay.hidden = true;
  document.body.append(overlay);
  let depth = 0;
  const carriesFiles = (event: DragEvent) => event.dataTransfer?.types.includes("Files") ?? false;
  const onEnter = (event: DragEvent) => {
    if (!carriesFiles(event)) return;
    event.preventDefault();
    depth += 1;
    overlay.hidden = false;
  };
  const onOver = (event: DragEvent) => {
    if (!carriesFiles(event)) return;
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = "copy";
  };
  const onLeave = (event: DragEvent) => {
    if (!carriesFiles(event)) return;
    depth = Math.max(0, depth - 1);
    if (depth === 0) overlay.hidden = true;
  };
  const onDrop = (event: DragEvent) => {
    if (!carriesFiles(event)) return;
    event.preventDefault();
    depth = 0;
    overlay.hidden = true;
    const files = [...(event.dataTransfer?.files ?? [])];
    if (files.length) onFiles(files);
  };
  document.addEventListener("dragenter", onEnter);
  document.addEventListener("dragover", onOver);
  document.addEventListener("dragleave", onLeave);
  document.addEventListener("drop", onDrop);
  return () => {
    document.removeEventListener("dragenter", onEnter);
    document.removeEventListener("dragover", onOver);
    document.removeEventListener("dragleave", onLeave);
    document.removeEventListener("drop", onDrop);
    overlay.remove();
  };
}
