/**
 * Runs the embedded Neo4j as a child JVM (server/neo4j/Launcher.java over the jars `npm install`
 * fetched into .neo4j/). Checks what commonly goes wrong first (not installed, Java missing, port taken,
 * data dir in use or read-only) so each failure is one clear line naming the setting to change.
 */
import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { createInterface } from "node:readline";

import { err, ok, type Result } from "../../graph-schema/index.js";
import { projectPath } from "../../import/paths.js";
import type { EmbeddedSettings } from "../config.js";
import { javaCommand, jvmArgs, renderNeo4jConf } from "./embedded-config.js";
import { lockDataDir } from "./lock.js";
import { isPortFree } from "./ports.js";

export interface EmbeddedNeo4j {
  uri: string;
  version: string;
  pid: number;
  /** Stops the JVM (SIGTERM, then SIGKILL after a grace period) and releases the data-dir lock. */
  stop(): Promise<void>;
  /** Resolves when the JVM exits for any reason. */
  exited: Promise<number | null>;
}

export type EmbeddedStartErrorKind =
  | "not-installed"
  | "java-missing"
  | "port-taken"
  | "data-dir-in-use"
  | "data-dir-not-writable"
  | "startup-timeout"
  | "startup-failed";

export interface EmbeddedStartError {
  kind: EmbeddedStartErrorKind;
  message: string;
}

const READY_MARKER = "NEWSGRAPH_NEO4J_READY ";
const STOP_GRACE_MS = 30_000;

export async function startEmbeddedNeo4j(
  settings: EmbeddedSettings,
  log: (line: string) => void = () => {},
): Promise<Result<EmbeddedNeo4j, EmbeddedStartError>> {
  const installDir = projectPath(".neo4j");
  if (!existsSync(join(installDir, "classes", "Launcher.class"))) {
    return err({
      kind: "not-installed",
      message:
        "The embedded Neo4j is not installed (.neo4j/ is missing). Run `npm install` with Java 17+ and Maven on PATH, or set NEO4J_URI to your own Neo4j.",
    });
  }
  const java = javaCommand();
  if (spawnSync(java, ["-version"], { stdio: "ignore" }).status !== 0) {
    return err({
      kind: "java-missing",
      message: `Java was not found (${java}). Install Java 17+ or set JAVA_HOME, or set NEO4J_URI to your own Neo4j.`,
    });
  }
  const lock = lockDataDir(settings.homeDir);
  if (!lock.ok) return lock;
  if (!(await isPortFree(settings.boltHost, settings.boltPort))) {
    lock.value.release();
    return err({
      kind: "port-taken",
      message: `Port ${settings.boltPort} on ${settings.boltHost} is taken. Set NEO4J_BOLT_PORT to a free port, or stop the other Neo4j.`,
    });
  }

  const confFile = join(settings.homeDir, "neo4j.conf");
  try {
    mkdirSync(join(settings.homeDir, "logs"), { recursive: true });
    writeFileSync(confFile, renderNeo4jConf(settings));
  } catch (cause) {
    lock.value.release();
    return err({
      kind: "data-dir-not-writable",
      message: `Cannot write ${confFile} (${(cause as NodeJS.ErrnoException).code}). Fix permissions or set NEWSGRAPH_DATA_DIR.`,
    });
  }

  const classpath = [join(installDir, "lib", "*"), join(installDir, "classes")].join(":");
  const child = spawn(java, [...jvmArgs(settings), "-cp", classpath, "Launcher", settings.homeDir, confFile], {
    stdio: ["pipe", "pipe", "pipe"],
  });
  const exited = new Promise<number | null>((resolveExit) => child.once("exit", (code) => resolveExit(code)));
  const release = () => lock.value.release();
  exited.then(release, release);

  const started = await waitForReady(child, exited, settings, log);
  if (!started.ok) {
    child.kill("SIGKILL");
    await exited;
    return started;
  }
  return ok({
    uri: `bolt://${settings.boltHost.includes(":") ? `[${settings.boltHost}]` : settings.boltHost}:${settings.boltPort}`,
    version: started.value,
    pid: child.pid ?? -1,
    exited,
    stop: () => stopChild(child, exited),
  });
}

async function waitForReady(
  child: ChildProcessWithoutNullStreams,
  exited: Promise<number | null>,
  settings: EmbeddedSettings,
  log: (line: string) => void,
): Promise<Result<string, EmbeddedStartError>> {
  const stderrTail: string[] = [];
  createInterface({ input: child.stderr }).on("line", (line) => {
    stderrTail.push(line);
    if (stderrTail.length > 200) stderrTail.shift();
    log(line);
  });
  const ready = new Promise<string>((resolveReady) => {
    createInterface({ input: child.stdout }).on("line", (line) => {
      if (line.startsWith(READY_MARKER)) resolveReady(line.slice(READY_MARKER.length).trim());
      else log(line);
    });
  });
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<"timeout">((resolveTimeout) => {
    timer = setTimeout(() => resolveTimeout("timeout"), settings.startupTimeoutSeconds * 1000);
  });
  const outcome = await Promise.race([ready, exited.then((code) => ({ code })), timeout]);
  clearTimeout(timer);
  if (typeof outcome === "string" && outcome !== "timeout") return ok(outcome);
  if (outcome === "timeout") {
    return err({
      kind: "startup-timeout",
      message: `Neo4j did not accept Bolt connections within ${settings.startupTimeoutSeconds} s. See ${join(settings.homeDir, "logs")}; raise NEO4J_STARTUP_TIMEOUT on a slow machine.`,
    });
  }
  return err(explainStartupFailure(stderrTail.join("\n"), outcome.code, settings));
}

/** Turns the JVM's dying words into the one line a user needs. */
export function explainStartupFailure(stderr: string, code: number | null, settings: EmbeddedSettings): EmbeddedStartError {
  if (/store_lock|FileLockException|StoreLockException/i.test(stderr)) {
    return {
      kind: "data-dir-in-use",
      message: `Another process holds the Neo4j store lock in ${settings.homeDir}. Stop it, or set NEWSGRAPH_DATA_DIR to another folder.`,
    };
  }
  if (/Address already in use|BindException/i.test(stderr)) {
    return {
      kind: "port-taken",
      message: `Port ${settings.boltPort} on ${settings.boltHost} is taken. Set NEO4J_BOLT_PORT to a free port, or stop the other Neo4j.`,
    };
  }
  const diskFull = /No space left on device|OutOfDiskSpace/i.test(stderr);
  if (diskFull || /Read-only file system|AccessDeniedException/i.test(stderr)) {
    return {
      kind: "data-dir-not-writable",
      message: `Neo4j cannot write to ${settings.homeDir} (${diskFull ? "disk full" : "read-only or no permission"}). Free space or fix permissions, or set NEWSGRAPH_DATA_DIR.`,
    };
  }
  if (/UnsupportedClassVersionError/.test(stderr)) {
    return { kind: "java-missing", message: "Java is too old for Neo4j 5.26: install Java 17 or newer (or set JAVA_HOME)." };
  }
  const lastLine = stderr.trim().split("\n").slice(-3).join(" | ");
  return {
    kind: "startup-failed",
    message: `Neo4j exited during startup (code ${code}). ${lastLine || "No output."} Logs: ${join(settings.homeDir, "logs")}.`,
  };
}

async function stopChild(child: ChildProcessWithoutNullStreams, exited: Promise<number | null>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), STOP_GRACE_MS);
  await exited;
  clearTimeout(timer);
}
