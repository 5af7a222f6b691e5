/**
 * The console's top edge: drag it (or focus it and press the arrow keys, Home, End) to share the
 * height between the graph and the console. The height lives in a CSS variable on the app element.
 */

export const MIN_CONSOLE_HEIGHT = 200;
/** The graph keeps at least this much of the window. */
export const MIN_GRAPH_SHARE = 180;
const STEP = 32;

export function clampConsoleHeight(height: number, viewport: number): number {
  return Math.round(Math.max(MIN_CONSOLE_HEIGHT, Math.min(height, viewport - MIN_GRAPH_SHARE - 52)));
}

export function bindResizeHandle(handle: HTMLElement, app: HTMLElement): void {
  const current = () => handle.parentElement?.getBoundingClientRect().height ?? MIN_CONSOLE_HEIGHT;
  const set = (height: number) => {
    const value = clampConsoleHeight(height, window.innerHeight);
    app.style.setProperty("--console-height", `${value}px`);
    handle.setAttribute("aria-valuenow", String(value));
  };
  handle.setAttribute("aria-valuemin", String(MIN_CONSOLE_HEIGHT));
  handle.addEventListener("pointerdown", (event) => {
    event.preventDefault();
    handle.setPointerCapture(event.pointerId);
    const startY = event.clientY;
    const startHeight = current();
    const move = (e: PointerEvent) => set(startHeight + (startY - e.clientY));
    const up = () => {
      handle.removeEventListener("pointermove", move);
      handle.removeEventListener("pointerup", up);
      handle.removeEventListener("pointercancel", up);
    };
    handle.addEventListener("pointermove", move);
    handle.addEventListener("pointerup", up);
    handle.addEventListener("pointercancel", up);
  });
  handle.addEventListener("keydown", (event) => {
    const delta = { ArrowUp: STEP, ArrowDown: -STEP, PageUp: STEP * 4, PageDown: -STEP * 4 }[event.key];
    if (delta !== undefined) set(current() + delta);
    else if (event.key === "Home") set(window.innerHeight);
    else if (event.key === "End") set(MIN_CONSOLE_HEIGHT);
    else return;
    event.preventDefault();
  });
}
