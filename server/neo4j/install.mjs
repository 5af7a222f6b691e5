#!/usr/bin/env node
// Resolves the embedded Neo4j's jars from Maven Central (pom.xml beside this file) into .neo4j/lib and
// compiles Launcher.java into .neo4j/classes. Runs from `npm install` (prepare). Skips work already done
// for the same pom and launcher (a stamp file), so repeated installs are quick.
// Without Java or Maven it warns and carries on: a user with their own Neo4j (NEO4J_URI) needs neither.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..", "..");
const target = join(root, ".neo4j");
const lib = join(target, "lib");
const classes = join(target, "classes");
const stampFile = join(target, "stamp");

const stamp = createHash("sha256")
  .update(readFileSync(join(here, "pom.xml")))
  .update(readFileSync(join(here, "Launcher.java")))
  .digest("hex");

if (process.env.NEWSGRAPH_SKIP_NEO4J_INSTALL === "1") {
  console.log("newsgraph: NEWSGRAPH_SKIP_NEO4J_INSTALL=1, not fetching the embedded Neo4j.");
  process.exit(0);
}
if (existsSync(stampFile) && readFileSync(stampFile, "utf8") === stamp && existsSync(join(classes, "Launcher.class"))) {
  console.log("newsgraph: embedded Neo4j already installed in .neo4j/");
  process.exit(0);
}

function has(command, args) {
  const probe = spawnSync(command, args, { stdio: "ignore" });
  return probe.status === 0;
}

function warnAndExit(message) {
  console.warn(`newsgraph: WARNING: ${message}`);
  console.warn("newsgraph: the embedded Neo4j is not installed; `npm start` will need NEO4J_URI to point at your own Neo4j.");
  process.exit(0);
}

if (!has("java", ["-version"])) warnAndExit("Java was not found on PATH (Java 17+ runs the embedded Neo4j).");
if (!has("mvn", ["-v"])) warnAndExit("Maven (mvn) was not found on PATH (it fetches the Neo4j jars from Maven Central).");

console.log("newsgraph: fetching Neo4j Community jars from Maven Central (first time: ~120 MB)…");
rmSync(lib, { recursive: true, force: true });
mkdirSync(lib, { recursive: true });
const mvn = spawnSync(
  "mvn",
  [
    "-B",
    "-q",
    "-f",
    join(here, "pom.xml"),
    "dependency:copy-dependencies",
    "-DincludeScope=runtime",
    `-DoutputDirectory=${lib}`,
  ],
  { stdio: "inherit" },
);
if (mvn.status !== 0) {
  console.error("newsgraph: Maven could not fetch the Neo4j jars (see its output above). Check network access to Maven Central.");
  process.exit(1);
}
const jars = readdirSync(lib).filter((f) => f.endsWith(".jar"));

rmSync(classes, { recursive: true, force: true });
mkdirSync(classes, { recursive: true });
const javac = spawnSync("javac", ["-d", classes, "-cp", join(lib, "*"), join(here, "Launcher.java")], {
  stdio: "inherit",
});
if (javac.status !== 0) {
  console.error("newsgraph: javac failed on server/neo4j/Launcher.java (a JDK 17+, not just a JRE, is needed).");
  process.exit(1);
}
writeFileSync(stampFile, stamp);
console.log(`newsgraph: embedded Neo4j ready (${jars.length} jars in .neo4j/lib).`);
