/**
 * Figures taken against the running server on a benchmark graph, the way users meet it: the export
 * download of the whole graph in every format (HTTP), and the explorer's first render and pan fps in
 * headless Chromium on the same graph.
 */
import { readFileSync } from "node:fs";

import { EXPORT_FORMATS } from "../../server/export/registry.js";
import { measureInFreshBrowser, type Measure } from "./client-bench.js";
import { round } from "./measure.js";

export interface ExportTiming {
  format: string;
  /** Why the export failed (then the times are 0). */
  error?: string;
  /** Best wall time of the runs, request to last byte. */
  bestMs: number;
  medianMs: number;
  megabytes: number;
  /** The server process's peak resident memory (VmHWM) after this format: it only grows. */
  serverPeakRssMb: number | null;
}

/** A memory figure of a process from /proc (Linux), in MB: "VmHWM" (peak so far) or "VmRSS" (now); null elsewhere. */
export function statusMb(pid: number | undefined, field: "VmHWM" | "VmRSS"): number | null {
  if (pid === undefined) return null;
  try {
    const match = new RegExp(`${field}:\\s+(\\d+) kB`).exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Math.round(Number(match[1]) / 1024) : null;
  } catch {
    return null;
  }
}

export const peakRssMb = (pid: number | undefined): number | null => statusMb(pid, "VmHWM");

async function download(url: string): Promise<{ ms: number; bytes: number }> {
  const started = performance.now();
  const res = await fetch(url);
  const body = await res.arrayBuffer();
  if (!res.ok) throw new Error(`${url} answered ${res.status}: ${Buffer.from(body).toString("utf8").slice(0, 300)}`);
  return { ms: performance.now() - started, bytes: body.byteLength };
}

/**
 * Exports the graph (or the scope given as query parameters, e.g. "&around=russia&depth=1") in every
 * server-side format, `runs` times each. Each run has its own title,
 * so none is answered by the read cache: these are the times of real exports.
 */
export async function benchExports(url: string, serverPid: number | undefined, scope = "", runs = 3): Promise<ExportTiming[]> {
  const out: ExportTiming[] = [];
  for (const format of EXPORT_FORMATS) {
    const times: number[] = [];
    let bytes = 0;
    try {
      for (let i = 0; i < runs; i += 1) {
        const run = await download(`${url}/api/export?format=${format}${scope}&title=${encodeURIComponent(`Benchmark run ${i + 1}`)}`);
        times.push(run.ms);
        bytes = run.bytes;
      }
    } catch (cause) {
      out.push({ format, error: cause instanceof Error ? cause.message.slice(0, 200) : String(cause), bestMs: 0, medianMs: 0, megabytes: 0, serverPeakRssMb: peakRssMb(serverPid) });
      continue;
    }
    times.sort((a, b) => a - b);
    out.push({
      format,
      bestMs: Math.round(times[0] ?? 0),
      medianMs: Math.round(times[Math.floor(times.length / 2)] ?? 0),
      megabytes: round(bytes / 1024 / 1024, 2),
      serverPeakRssMb: peakRssMb(serverPid),
    });
  }
  return out;
}

/** The explorer on the served graph: first render (layout included) and pan fps. */
export async function benchExplorer(url: string, panSeconds = 4): Promise<Measure> {
  const { renderer: _renderer, ...measure } = await measureInFreshBrowser(`${url}/`, "#graph", panSeconds, true);
  return measure;
}
