/**
 * The time bar under the graph: which clock (event date or report date), a two-handle month window over
 * the graph's time domain, "keep undated", and play/pause of the network's evolution month by month.
 */
import type { Playback } from "../controllers/playback.js";
import type { ExplorerModel } from "../model.js";
import type { Clock, TimeWindow } from "../state/app-state.js";
import { formatMonth, monthRange } from "../state/time-window.js";
import { button, h, idleCoalesced, replaceChildren } from "./dom.js";

export function windowLabel(window: TimeWindow, months: readonly string[]): string {
  if (window.from === null && window.to === null) return "All time";
  const from = window.from ?? months[0];
  const to = window.to ?? months[months.length - 1];
  if (!from || !to) return "All time";
  return from === to ? formatMonth(from) : `${formatMonth(from)} – ${formatMonth(to)}`;
}

export function bindTimeBar(container: HTMLElement, model: ExplorerModel, playback: Playback): () => void {
  const { store } = model;
  let months: string[] = [];

  const clockInputs = (["event", "report"] as const).map((clock) => {
    const input = h("input", { type: "radio", name: "clock", value: clock });
    input.addEventListener("change", () => {
      playback.stop();
      store.set((state) => ({ time: { ...state.time, clock, from: null, to: null } }));
    });
    return { clock, input, label: h("label", null, input, clock === "event" ? "Event date" : "Report date") };
  });
  const clockGroup = h("div", { class: "clock", role: "radiogroup", "aria-label": "Time axis" }, clockInputs.map((c) => c.label));

  const fromInput = h("input", { type: "range", min: 0, max: 0, step: 1, "aria-label": "From month" });
  const toInput = h("input", { type: "range", min: 0, max: 0, step: 1, "aria-label": "To month" });
  const labelText = h("span", { "aria-live": "polite" });
  const label = h("div", { class: "window-label" }, labelText);
  const undated = h("input", { type: "checkbox" });
  const undatedLabel = h("label", { class: "undated", title: "Keep relations that have no date on this axis" }, undated, "Keep undated");
  const play = button("Play", () => playback.toggle(), { class: "btn", "aria-pressed": "false", title: "Play the evolution month by month (report date)" });
  const all = button("×", () => {
    playback.stop();
    store.set((state) => ({ time: { ...state.time, from: null, to: null } }));
  }, { class: "btn btn-small", "aria-label": "Show all time", title: "Show all time" });
  label.append(all);

  const setWindow = () => {
    playback.stop();
    let fromIndex = Number(fromInput.value);
    let toIndex = Number(toInput.value);
    if (fromIndex > toIndex) [fromIndex, toIndex] = [toIndex, fromIndex];
    const whole = fromIndex === 0 && toIndex === months.length - 1;
    store.set((state) => ({
      time: { ...state.time, from: whole ? null : (months[fromIndex] ?? null), to: whole ? null : (months[toIndex] ?? null) },
    }));
  };
  fromInput.addEventListener("input", setWindow);
  toInput.addEventListener("input", setWindow);
  undated.addEventListener("change", () => store.set((state) => ({ time: { ...state.time, keepUndated: undated.checked } })));

  replaceChildren(
    container,
    clockGroup,
    play,
    h("div", { class: "ranges" }, h("label", null, "From", fromInput), h("label", null, "To", toInput)),
    label,
    undatedLabel,
  );

  const sync = () => {
    const time = store.get().time;
    const domain = model.derived().domains[time.clock as Clock];
    months = domain ? monthRange(domain[0], domain[1]) : [];
    const max = Math.max(0, months.length - 1);
    for (const input of [fromInput, toInput]) {
      input.max = String(max);
      input.disabled = months.length < 2;
    }
    const indexOf = (month: string | null, fallback: number) => {
      if (month === null) return fallback;
      const index = months.indexOf(month);
      if (index >= 0) return index;
      return month < (months[0] ?? "") ? 0 : max;
    };
    fromInput.value = String(indexOf(time.from, 0));
    toInput.value = String(indexOf(time.to, max));
    fromInput.setAttribute("aria-valuetext", time.from ? formatMonth(time.from) : "earliest");
    toInput.setAttribute("aria-valuetext", time.to ? formatMonth(time.to) : "latest");
    labelText.textContent = months.length ? windowLabel(time, months) : "No dates";
    all.hidden = time.from === null && time.to === null;
    undated.checked = time.keepUndated;
    for (const { clock, input } of clockInputs) input.checked = clock === time.clock;
  };
  sync();
  const offs = [
    model.on("graph", idleCoalesced(sync)),
    store.subscribe((next, prev) => {
      if (next.time !== prev.time) sync();
    }),
    playback.onChange((playing) => {
      play.textContent = playing ? "Pause" : "Play";
      play.setAttribute("aria-pressed", String(playing));
    }),
  ];
  return () => offs.forEach((off) => off());
}
