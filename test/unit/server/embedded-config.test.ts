import type { EmbeddedSettings } from "../../../server/config.js";
import { renderNeo4jConf } from "../../../server/neo4j/embedded-config.js";
import { explainStartupFailure } from "../../../server/neo4j/embedded.js";

const settings: EmbeddedSettings = {
  homeDir: "/data/neo4j",
  boltHost: "127.0.0.1",
  boltPort: 7687,
  heap: "1g",
  pageCache: "512m",
  txTimeout: "60s",
  txMemoryMax: "1g",
  startupTimeoutSeconds: 90,
};

describe("the embedded Neo4j's configuration", () => {
  const conf = renderNeo4jConf(settings);

  it("should bind Bolt to the loopback address and keep HTTP off", () => {
    expect(conf).toContain("server.bolt.listen_address=127.0.0.1:7687");
    expect(conf).toContain("server.http.enabled=false");
  });

  it("should forbid LOAD CSV from local files and bound every transaction", () => {
    expect(conf).toContain("dbms.security.allow_csv_import_from_file_urls=false");
    expect(conf).toContain("db.transaction.timeout=60s");
    expect(conf).toContain("db.memory.transaction.max=1g");
  });

  it("should not phone home or open a routing port", () => {
    expect(conf).toContain("dbms.usage_report.enabled=false");
    expect(conf).toContain("dbms.routing.enabled=false");
  });

  it("should stop without waiting out Bolt's shutdown quiet period", () => {
    expect(conf).toContain("internal.dbms.bolt.netty_server_shutdown_quiet_period=0");
  });
});

describe("explaining a failed start", () => {
  it.each([
    ["org.neo4j.kernel.internal.locker.FileLockException: Lock file has been locked by another process: /data/neo4j/data/databases/store_lock", "data-dir-in-use"],
    ["java.net.BindException: Address already in use", "port-taken"],
    ["java.nio.file.FileSystemException: /data/neo4j/data: Read-only file system", "data-dir-not-writable"],
    ["java.io.IOException: No space left on device", "data-dir-not-writable"],
    ["at org.neo4j.kernel.impl.transaction.log.files.LogFileChannelNativeAccessor.handleOutOfDiskSpaceError(", "data-dir-not-writable"],
    ["java.lang.UnsupportedClassVersionError: org/neo4j/...", "java-missing"],
    ["something else entirely", "startup-failed"],
  ])("should map %s to %s", (stderr, kind) => {
    expect(explainStartupFailure(stderr, 1, settings).kind).toBe(kind);
  });

  it("should name the setting to change", () => {
    expect(explainStartupFailure("BindException", 1, settings).message).toMatch(/NEO4J_BOLT_PORT/);
    expect(explainStartupFailure("store_lock", 1, settings).message).toMatch(/NEWSGRAPH_DATA_DIR/);
  });
});
