/**
 * Runs Neo4j's offline bulk importer (`neo4j-admin database import full`, from the jars `npm install`
 * fetched) on CSV files, into the `neo4j` database of a home folder nobody is running. It builds the
 * store files directly, without transactions, which is what makes it tens of times faster than Cypher.
 */
import { spawn } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { createInterface } from "node:readline";

import { err, ok, type Result } from "../../graph-schema/index.js";
import { projectPath } from "../../import/paths.js";
import type { EmbeddedSettings } from "../config.js";
import { javaCommand, jvmArgs } from "./embedded-config.js";

export interface AdminImportInput {
  /** Home folder the store is built in (data/databases/neo4j and data/transactions/neo4j under it). */
  homeDir: string;
  files: { path: string; kind: "nodes" | "relationships" }[];
  arrayDelimiter: string;
  /** Memory for the importer's JVM and its page cache. */
  settings: Pick<EmbeddedSettings, "heap" | "pageCache">;
  log?: (line: string) => void;
}

export async function runAdminImport(input: AdminImportInput): Promise<Result<void, { message: string }>> {
  mkdirSync(input.homeDir, { recursive: true });
  // The importer reads its settings from NEO4J_CONF; only memory matters to it.
  writeFileSync(join(input.homeDir, "neo4j.conf"), `server.memory.pagecache.size=${input.settings.pageCache}\n`);
  const args = [
    ...jvmArgs({ heap: input.settings.heap }),
    "-cp",
    join(projectPath(".neo4j"), "lib", "*"),
    "org.neo4j.cli.AdminTool",
    "database",
    "import",
    "full",
    "neo4j",
    ...input.files.map((f) => `--${f.kind}=${f.path}`),
    `--array-delimiter=${input.arrayDelimiter}`,
    // Article texts span lines.
    "--multiline-fields=true",
    "--bad-tolerance=0",
    `--report-file=${join(input.homeDir, "import.report")}`,
  ];
  const child = spawn(javaCommand(), args, {
    env: { ...process.env, NEO4J_HOME: input.homeDir, NEO4J_CONF: input.homeDir },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const tail: string[] = [];
  const keep = (line: string) => {
    tail.push(line);
    if (tail.length > 40) tail.shift();
    input.log?.(line);
  };
  createInterface({ input: child.stdout }).on("line", keep);
  createInterface({ input: child.stderr }).on("line", keep);
  const code = await new Promise<number | null>((resolveExit, rejectSpawn) => {
    child.once("error", rejectSpawn);
    child.once("exit", resolveExit);
  }).catch((cause: unknown) => {
    keep(cause instanceof Error ? cause.message : String(cause));
    return -1;
  });
  if (code === 0) return ok(undefined);
  const reason = tail.filter((line) => /error|exception|invalid|duplicate|missing|refus/i.test(line)).slice(-3);
  return err({
    message: `neo4j-admin database import failed (exit ${code}): ${(reason.length > 0 ? reason : tail.slice(-3)).join(" | ") || "no output"}`,
  });
}
