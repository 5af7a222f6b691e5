/**
 * "Play the evolution": moves the end of the time window one month per tick on the report clock
 * (see state/time-window.ts), from the first to the last month anything was reported.
 */
import type { ExplorerModel } from "../model.js";
import { firstPlaybackFrame, nextPlaybackFrame } from "../state/time-window.js";

export interface Playback {
  isPlaying(): boolean;
  toggle(): void;
  stop(): void;
  onChange(listener: (playing: boolean) => void): () => void;
}

export const PLAYBACK_INTERVAL_MS = 900;

export function createPlayback(model: ExplorerModel, onNotice: (message: string) => void): Playback {
  let timer: number | undefined;
  const listeners = new Set<(playing: boolean) => void>();
  const notify = () => listeners.forEach((listener) => listener(timer !== undefined));

  const stop = () => {
    if (timer === undefined) return;
    window.clearInterval(timer);
    timer = undefined;
    notify();
  };

  const play = () => {
    const domain = model.derived().domains.report;
    if (!domain) {
      onNotice("No relation has a report date: nothing to play.");
      return;
    }
    model.store.set((state) => ({ time: firstPlaybackFrame(state.time, domain) }));
    timer = window.setInterval(() => {
      const next = nextPlaybackFrame(model.store.get().time, domain);
      if (next) model.store.set({ time: next });
      else stop();
    }, PLAYBACK_INTERVAL_MS);
    notify();
  };

  return {
    isPlaying: () => timer !== undefined,
    toggle: () => (timer === undefined ? play() : stop()),
    stop,
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
