/**
 * The stage overlay: loading, error (with retry) and empty states. One discriminated union, rendered
 * exhaustively (STYLE §9.9).
 */
import { button, h, replaceChildren } from "./dom.js";

export type OverlayState =
  | { kind: "hidden" }
  | { kind: "loading"; message: string }
  | { kind: "error"; title: string; message: string; retry: () => void }
  | { kind: "empty"; title: string; message: string; action?: { label: string; run: () => void } };

export function renderOverlay(element: HTMLElement, state: OverlayState): void {
  element.classList.toggle("passive", state.kind === "empty");
  switch (state.kind) {
    case "hidden":
      element.hidden = true;
      replaceChildren(element);
      return;
    case "loading":
      element.hidden = false;
      element.setAttribute("aria-busy", "true");
      replaceChildren(element, h("div", { class: "overlay-card" }, h("div", { class: "spinner", "aria-hidden": "true" }), h("p", null, state.message)));
      return;
    case "error":
      element.hidden = false;
      element.removeAttribute("aria-busy");
      replaceChildren(
        element,
        h(
          "div",
          { class: "overlay-card" },
          h("h2", null, state.title),
          h("p", null, state.message),
          button("Retry", state.retry, { class: "btn btn-primary" }),
        ),
      );
      return;
    case "empty":
      element.hidden = false;
      element.removeAttribute("aria-busy");
      replaceChildren(
        element,
        h(
          "div",
          { class: "overlay-card" },
          h("h2", null, state.title),
          h("p", null, state.message),
          state.action ? button(state.action.label, state.action.run, { class: "btn" }) : null,
        ),
      );
      return;
    default: {
      const never: never = state;
      throw new Error(`Unknown overlay state ${JSON.stringify(never)}`);
    }
  }
}
