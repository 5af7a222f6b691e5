import { rmSync } from "node:fs";

export default async function teardown(): Promise<void> {
  const running = globalThis.__NEWSGRAPH_TEST_NEO4J__;
  if (!running) return;
  await running.neo4j.stop();
  rmSync(running.homeDir, { recursive: true, force: true });
}
