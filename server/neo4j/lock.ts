/**
 * A pid lock on the data dir, so a second `npm start` on the same data refuses with a clear message
 * before Neo4j's own store lock would fail with a stack trace. A lock left by a dead process is taken over.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

import { err, ok, type Result } from "../../graph-schema/index.js";

export interface DataDirLockError {
  kind: "data-dir-in-use" | "data-dir-not-writable";
  message: string;
}

export interface DataDirLock {
  release(): void;
}

export function lockDataDir(homeDir: string): Result<DataDirLock, DataDirLockError> {
  const lockFile = join(homeDir, "newsgraph.pid");
  try {
    mkdirSync(homeDir, { recursive: true });
    const holder = readHolder(lockFile);
    if (holder !== null && holder !== process.pid && isAlive(holder)) {
      return err({
        kind: "data-dir-in-use",
        message: `Another newsgraph (pid ${holder}) is already running on ${homeDir}. Stop it, or set NEWSGRAPH_DATA_DIR to another folder.`,
      });
    }
    writeFileSync(lockFile, String(process.pid));
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code ?? "unknown error";
    return err({
      kind: "data-dir-not-writable",
      message: `The data dir ${homeDir} is not writable (${code}). Free disk space or fix its permissions, or set NEWSGRAPH_DATA_DIR.`,
    });
  }
  return ok({
    release: () => {
      if (readHolder(lockFile) === process.pid) rmSync(lockFile, { force: true });
    },
  });
}

/** The pid of another live newsgraph holding the data dir, if any. */
export function dataDirHolder(homeDir: string): number | null {
  const holder = readHolder(join(homeDir, "newsgraph.pid"));
  return holder !== null && holder !== process.pid && isAlive(holder) ? holder : null;
}

function readHolder(lockFile: string): number | null {
  try {
    const pid = Number.parseInt(readFileSync(lockFile, "utf8").trim(), 10);
    return Number.isFinite(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (cause) {
    return (cause as NodeJS.ErrnoException).code === "EPERM";
  }
}
