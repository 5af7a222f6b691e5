/**
 * Runs the built `newsgraph` CLI as a child process, the way a user runs it, and collects its output.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";

import { projectPath } from "../../import/paths.js";

export interface CliRun {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  exited: Promise<number | null>;
}

export function cliPath(): string {
  const cli = projectPath("dist", "server", "cli.js");
  if (!existsSync(cli)) throw new Error("dist/server/cli.js is missing: run `npm run build` (npm install does it).");
  return cli;
}

/** `ownProcessGroup`: the CLI leads a process group of its own, as a command run from a terminal does (Ctrl-C signals the group). */
export function runCli(args: string[], env: Record<string, string>, options: { ownProcessGroup?: boolean } = {}): CliRun {
  const child = spawn(process.execPath, [cliPath(), ...args], {
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", LOG_LEVEL: "warn", ...env },
    stdio: ["ignore", "pipe", "pipe"],
    detached: options.ownProcessGroup === true,
  });
  let out = "";
  let errText = "";
  child.stdout?.on("data", (d: Buffer) => (out += d.toString()));
  child.stderr?.on("data", (d: Buffer) => (errText += d.toString()));
  const exited = new Promise<number | null>((resolveExit) => child.once("exit", (code) => resolveExit(code)));
  return { child, stdout: () => out, stderr: () => errText, exited };
}

/** Polls a URL until it answers 200 (or the process exits, or time runs out). */
export async function waitForHealthy(url: string, run: CliRun, timeoutMs = 120_000): Promise<unknown> {
  const deadline = Date.now() + timeoutMs;
  let exitedWith: number | null | undefined;
  void run.exited.then((code) => (exitedWith = code));
  while (Date.now() < deadline) {
    if (exitedWith !== undefined) throw new Error(`newsgraph exited (${exitedWith}) before it was healthy: ${run.stderr()}`);
    try {
      const res = await fetch(url);
      if (res.status === 200) return await res.json();
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`newsgraph was not healthy within ${timeoutMs} ms: ${run.stderr()}`);
}

export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
