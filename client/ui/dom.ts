/**
 * DOM construction without innerHTML: every string becomes a text node or an attribute value, so API
 * text (entity names, evidence, article bodies) can never become markup. Event handler attributes are
 * refused; links must be http(s).
 */
export type Child = Node | string | number | null | undefined | false;
export type Attrs = Record<string, string | number | boolean | null | undefined>;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs?: Attrs | null,
  ...children: (Child | readonly Child[])[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs ?? {})) {
    if (value === null || value === undefined || value === false) continue;
    if (/^on/i.test(name)) throw new Error(`h(): refusing event attribute "${name}"; use addEventListener.`);
    if ((name === "href" || name === "src") && typeof value === "string" && !isSafeUrl(value)) continue;
    element.setAttribute(name, value === true ? "" : String(value));
  }
  append(element, children);
  return element;
}

export function append(parent: Node, children: readonly (Child | readonly Child[])[]): void {
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === "string" || typeof child === "number" ? document.createTextNode(String(child)) : child);
  }
}

/** Replaces an element's content. */
export function replaceChildren(parent: Element, ...children: (Child | readonly Child[])[]): void {
  parent.replaceChildren();
  append(parent, children);
}

/** Only absolute http(s) URLs and same-origin relative paths are allowed into href/src. */
export function isSafeUrl(url: string): boolean {
  if (url.startsWith("#") || url.startsWith("./") || (url.startsWith("/") && !url.startsWith("//"))) return true;
  try {
    const parsed = new URL(url);
    return parsed.protocol === "http:" || parsed.protocol === "https:";
  } catch {
    return false;
  }
}

export function button(
  label: Child | readonly Child[],
  onClick: (event: MouseEvent) => void,
  attrs: Attrs = {},
): HTMLButtonElement {
  const element = h("button", { type: "button", ...attrs }, label);
  element.addEventListener("click", onClick);
  return element;
}

/** A coloured dot for legends and lists (colour from our own tables, never from API data). */
export function swatch(color: string, shape: "dot" | "line" = "dot"): HTMLSpanElement {
  const element = h("span", { class: `swatch swatch-${shape}`, "aria-hidden": "true" });
  element.style.setProperty("--swatch", color);
  return element;
}

let idCounter = 0;
export function uniqueId(prefix: string): string {
  idCounter += 1;
  return `${prefix}-${idCounter}`;
}

/** Runs `task` when the browser is idle, at the latest after `timeoutMs`. */
function whenIdle(task: () => void, timeoutMs = 300): void {
  if (typeof window.requestIdleCallback === "function") window.requestIdleCallback(task, { timeout: timeoutMs });
  else window.setTimeout(task, 16);
}

/**
 * `task` as a listener that runs once at the next idle moment however often it is called: panels
 * that recount the graph (filters, time bar, legend, analysis) follow a load or a filter change
 * without holding back the frame that draws it.
 */
export function idleCoalesced(task: () => void): () => void {
  let pending = false;
  return () => {
    if (pending) return;
    pending = true;
    whenIdle(() => {
      pending = false;
      task();
    });
  };
}
