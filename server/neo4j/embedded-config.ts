/**
 * The neo4j.conf our launcher loads. Hardened for an embedded, single-user database: Bolt on loopback
 * only, no HTTP, LOAD CSV cannot read local files (embedded has no import dir, so it could read any
 * file otherwise), every transaction bounded in time and memory, no usage reports, no routing port.
 */
import { join } from "node:path";

import type { EmbeddedSettings } from "../config.js";

export function renderNeo4jConf(settings: EmbeddedSettings): string {
  const bolt = `${settings.boltHost}:${settings.boltPort}`;
  const lines: Record<string, string> = {
    "server.bolt.enabled": "true",
    "server.bolt.listen_address": bolt,
    "server.bolt.advertised_address": bolt,
    "server.http.enabled": "false",
    "server.https.enabled": "false",
    // Bolt is bound to loopback; auth would need an initial-password step the embedded API does not offer.
    "dbms.security.auth_enabled": "false",
    "dbms.security.allow_csv_import_from_file_urls": "false",
    "db.transaction.timeout": settings.txTimeout,
    "db.memory.transaction.max": settings.txMemoryMax,
    "server.memory.pagecache.size": settings.pageCache,
    "dbms.usage_report.enabled": "false",
    "dbms.routing.enabled": "false",
    "db.tx_log.rotation.retention_policy": "1 days",
    // Bolt's two Netty event-loop groups each wait a 5 s quiet period on shutdown, after every
    // connection is closed and the databases are stopped: a stop took 10.6 s, of which 10 s was this.
    "internal.dbms.bolt.netty_server_shutdown_quiet_period": "0",
  };
  return (
    "# Written by newsgraph at every start from its environment (see README, Configuration). Edits are overwritten.\n" +
    Object.entries(lines)
      .map(([key, value]) => `${key}=${value}`)
      .join("\n") +
    "\n"
  );
}

/** JVM flags the Neo4j 5 server passes, plus the heap. */
export function jvmArgs(settings: Pick<EmbeddedSettings, "heap">): string[] {
  return [
    `-Xms${settings.heap}`,
    `-Xmx${settings.heap}`,
    "-XX:+UseG1GC",
    "--add-opens=java.base/java.nio=ALL-UNNAMED",
    "--add-opens=java.base/java.io=ALL-UNNAMED",
    "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
    "--add-opens=java.base/java.lang=ALL-UNNAMED",
    "--enable-native-access=ALL-UNNAMED",
    "-Dio.netty.tryReflectionSetAccessible=true",
    "-Dfile.encoding=UTF-8",
  ];
}

/** The java to run: JAVA_HOME's when set, else the one on PATH. */
export function javaCommand(): string {
  const home = process.env.JAVA_HOME;
  return home ? join(home, "bin", "java") : "java";
}
