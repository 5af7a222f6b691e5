/**
 * Short-lived notices at the top right of the stage ("No new neighbours", "No path within 4 hops").
 */
import { h } from "./dom.js";

export type Notify = (message: string, timeoutMs?: number) => void;

export function createNotifier(stage: HTMLElement): Notify {
  const element = h("div", { class: "notice", role: "status", "aria-live": "polite" });
  element.hidden = true;
  stage.append(element);
  let timer: number | undefined;
  return (message, timeoutMs = 4000) => {
    element.textContent = message;
    element.hidden = false;
    window.clearTimeout(timer);
    timer = window.setTimeout(() => (element.hidden = true), timeoutMs);
  };
}
